package al.rrjeti.campaigns.domain;

import java.time.LocalDate;

/**
 * When a joint position publishes itself: at the N-th organisation's signature, on a date (with at
 * least one signature), or whichever comes first.
 */
public record PublicationRule(Integer atSignatures, LocalDate on) {

    public boolean reachedBy(int validSignatures) {
        return atSignatures != null && validSignatures >= atSignatures;
    }

    public boolean dueOn(LocalDate today, int validSignatures) {
        return on != null && !today.isBefore(on) && validSignatures > 0;
    }
}
