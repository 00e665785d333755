package al.rrjeti.kernel.organisation;

/** Where an organisation is in verification. Only {@link #VERIFIED} ones are public and give roles. */
public enum OrganisationStatus {
    PENDING, VERIFIED, REJECTED, REVOKED
}
