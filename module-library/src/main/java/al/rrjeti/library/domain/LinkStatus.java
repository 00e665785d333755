package al.rrjeti.library.domain;

/** What the link checker last found. */
public enum LinkStatus {
    /** Not checked yet (or checking is off on this installation). */
    UNCHECKED,
    /** The address answered. */
    OK,
    /** The address failed several checks in a row; editors should mend or remove it. */
    DEAD
}
