package al.rrjeti.campaigns.domain;

/** Where a joint position stands; the order is the only way it moves. */
public enum PositionStatus {
    DRAFT, OPEN, PUBLISHED, ANSWERED;

    /** Published positions (answered ones too) are frozen: their text is what was sent. */
    public boolean frozen() {
        return this == PUBLISHED || this == ANSWERED;
    }

    public String messageKey() {
        return "campaigns.position.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
