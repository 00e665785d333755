package al.rrjeti.kernel.api;

/** What a module hands to the platform's document archive (the library). */
public enum DocumentKind {
    /** The minutes and decisions of a network meeting. */
    MEETING_MINUTES,
    /** A joint position co-signed by organisations of the network. */
    JOINT_POSITION
}
