package al.rrjeti.library.domain;

/** Where a publication is in review. Only {@link #PUBLISHED} ones are public. */
public enum PublicationStatus {
    SUBMITTED, CHANGES_REQUESTED, PUBLISHED, REJECTED
}
