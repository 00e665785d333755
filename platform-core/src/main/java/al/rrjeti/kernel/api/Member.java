package al.rrjeti.kernel.api;

/**
 * A person's membership of an organisation. The representative speaks for the organisation:
 * verifies members, signs in its name.
 */
public record Member(Long organisationId, Long personId, boolean representative) {
}
