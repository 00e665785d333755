package al.rrjeti.kernel.organisation;

/** A member's place in the organisation. Exactly one representative at a time. */
public enum MemberRole {
    REPRESENTATIVE, MEMBER
}
