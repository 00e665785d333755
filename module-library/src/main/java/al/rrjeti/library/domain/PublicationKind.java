package al.rrjeti.library.domain;

import java.util.Locale;

/** The kinds of publication the initiative's brief names. */
public enum PublicationKind {
    MONITORING_REPORT, STUDY, EVALUATION, ALTERNATIVE_REPORT, POLICY_RECOMMENDATION, ASSESSMENT,
    PERCEPTION_REPORT, MANUAL, LEGAL_ACT, INTERNATIONAL_INSTRUMENT, BOOKLET, INFOGRAPHIC, VIDEO, STRATEGY,
    /** Handed over by another module through the kernel's document archive. */
    MEETING_MINUTES, JOINT_POSITION;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "library.kind." + key();
    }

    public static PublicationKind fromKey(String key) {
        for (PublicationKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }
}
