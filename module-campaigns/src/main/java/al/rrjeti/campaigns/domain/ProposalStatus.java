package al.rrjeti.campaigns.domain;

/** Where a proposed change stands; a plain comment has none. */
public enum ProposalStatus {
    OPEN, ACCEPTED, REJECTED;

    public String messageKey() {
        return "campaigns.proposal.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
