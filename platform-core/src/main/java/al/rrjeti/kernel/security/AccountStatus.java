package al.rrjeti.kernel.security;

/** Where an account is in its life. Only {@link #ACTIVE} accounts may log in. */
public enum AccountStatus {
    /** Registered; waits for its e-mail address to be confirmed. */
    PENDING,
    ACTIVE,
    /** Stopped by a moderator, with a reason. */
    BLOCKED,
    /** Deleted by its owner: personal data gone, posts kept as "deleted account". */
    DELETED
}
