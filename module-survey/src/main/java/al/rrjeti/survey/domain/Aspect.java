package al.rrjeti.survey.domain;

import java.util.Locale;

/** What a rating of a measure asks, each on a labelled scale of 1 to 5. */
public enum Aspect {
    /** Does the measure work against corruption? */
    EFFECTIVE,
    /** Can citizens see it being carried out? */
    VISIBLE,
    /** Do they trust those carrying it out? */
    TRUST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
