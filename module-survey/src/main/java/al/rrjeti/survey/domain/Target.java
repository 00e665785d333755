package al.rrjeti.survey.domain;

import java.util.Locale;

/** Who a survey asks: anyone, or only accounts of one kind. The answering service enforces it. */
public enum Target {
    /** Any account (and anonymous visitors, when the survey allows them). */
    EVERYONE,
    /** Accounts holding the citizen role. */
    CITIZENS,
    /** Accounts holding the business role. */
    BUSINESSES,
    /** Members of a verified organisation of the network (a CSO or an institution). */
    MEMBERS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
