package al.rrjeti.kernel.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day without work: a holiday on its own date, the working day a weekend holiday moved to
 * ({@code substitute}), or a declared day off. {@code estimated} marks a Bajram whose date nobody
 * configured, taken from the Umm al-Qura calendar until the official date is known.
 */
public record DayOff(LocalDate date, Holiday holiday, boolean substitute, boolean estimated) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
    }

    /** The holiday itself, on its own date. */
    public static DayOff on(LocalDate date, Holiday holiday) {
        return new DayOff(date, holiday, false, false);
    }

}
