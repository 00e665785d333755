package al.rrjeti.kernel.organisation;

/** A member as the representative and the moderators see them. */
public record MemberView(Long accountId, String displayName, String email, MemberRole role) {

    public boolean representative() {
        return role == MemberRole.REPRESENTATIVE;
    }
}
