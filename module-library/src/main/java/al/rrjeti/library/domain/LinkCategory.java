package al.rrjeti.library.domain;

/** The groups of the links directory. */
public enum LinkCategory {
    /** Reporting and co-governance platforms, other anti-corruption sites. */
    PLATFORM,
    /** Public institutions with a role against corruption. */
    INSTITUTION,
    /** Civil-society organisations. */
    CSO,
    /** International organisations and instruments. */
    INTERNATIONAL,
    OTHER
}
