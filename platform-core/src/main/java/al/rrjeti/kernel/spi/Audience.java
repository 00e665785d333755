package al.rrjeti.kernel.spi;

/** Who sees a navigation entry or a home-page widget. */
public enum Audience {
    /** Anyone, logged in or not. */
    EVERYONE,
    /** Any logged-in account. */
    ACCOUNTS,
    /** Members of verified organisations (CSOs and institutions) and staff. */
    MEMBERS,
    /** The platform's staff: moderators, editors and operators. */
    STAFF,
    /** Operators only. */
    OPERATORS
}
