package al.rrjeti.forum.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days as the right-to-information law counts them: Monday to Friday, without public
 * holidays. Albania's fixed-date holidays are built in; the movable ones (the two Easters, the two
 * Bajrams) and days moved by government decision are given by the operator as dates.
 */
public final class WorkingDays {

    /** New Year (2 days), Summer Day, Nevruz, Labour Day, Mother Teresa Day, Independence, Liberation, Youth Day, Christmas. */
    public static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(3, 14),
            MonthDay.of(3, 22), MonthDay.of(5, 1), MonthDay.of(10, 19), MonthDay.of(11, 28), MonthDay.of(11, 29),
            MonthDay.of(12, 8), MonthDay.of(12, 25));

    private final Set<LocalDate> otherHolidays;

    public WorkingDays(Set<LocalDate> otherHolidays) {
        this.otherHolidays = Set.copyOf(otherHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FIXED_HOLIDAYS.contains(MonthDay.from(day)) && !otherHolidays.contains(day);
    }

    /** The {@code days}-th working day after {@code start} (the day of the request does not count). */
    public LocalDate after(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("at least one working day");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not later. */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
