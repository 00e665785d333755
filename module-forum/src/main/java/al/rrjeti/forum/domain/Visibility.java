package al.rrjeti.forum.domain;

/** Whether readers see a thread or a post. */
public enum Visibility {
    /** Shown. */
    VISIBLE,
    /** Waiting for a moderator (the first posts of new citizen accounts); only its author and moderators see it. */
    PENDING,
    /** Hidden by a moderator, with a reason the author is told; moderators still see it. */
    HIDDEN
}
