package al.rrjeti.kernel.api.limits;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long someone must wait, rounded up to the unit a person would say: seconds under a minute,
 * minutes under an hour, hours beyond. The kernel's {@code wait.*} texts write it in each language.
 */
public record WaitLeft(Duration duration) implements Serializable {

    /** The unit ({@code seconds}, {@code minutes}, {@code hours}) and the amount in it, never 0. */
    public String unit() {
        long s = seconds();
        return s < 60 ? "seconds" : s < 3600 ? "minutes" : "hours";
    }

    public long amount() {
        long s = seconds();
        return switch (unit()) {
            case "seconds" -> s;
            case "minutes" -> (s + 59) / 60;
            default -> (s + 3599) / 3600;
        };
    }

    /** The key of the text that says it: {@code wait.seconds}, {@code wait.minutes} or {@code wait.hours}. */
    public String messageKey() {
        return "wait." + unit();
    }

    private long seconds() {
        long nanos = Math.max(0, duration.toNanos());
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    @Override
    public String toString() {
        return amount() + " " + unit();
    }
}
