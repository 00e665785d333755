package al.rrjeti.survey.domain;

import java.util.Locale;

/**
 * The coarse kind of person behind a response, kept with it for the results' filters: never an id,
 * and only four values, so it narrows nobody down (groups under {@link #SHOWN_FROM} are not shown).
 */
public enum RespondentGroup {
    CITIZEN, BUSINESS, MEMBER,
    /** Anyone else: anonymous visitors, the media, staff. Never offered as a filter. */
    OTHER;

    /** A group is shown on its own only with at least this many responses. */
    public static final long SHOWN_FROM = 5;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The filters offered (OTHER mixes kinds of people and is no group worth reading alone). */
    public static RespondentGroup[] filters() {
        return new RespondentGroup[] {CITIZEN, BUSINESS, MEMBER};
    }
}
