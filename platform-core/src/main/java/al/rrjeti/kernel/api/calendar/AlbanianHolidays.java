package al.rrjeti.kernel.api.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The rules of Law no. 7651/1992 "Për festat zyrtare dhe ditët përkujtimore" (as amended), as the
 * Council of Ministers applies them in its yearly calendar: the official holidays; a holiday that
 * falls on a Saturday or Sunday gives its day off on the next working day (Monday, or Tuesday when
 * Monday is taken by another holiday or another weekend holiday's day off); holidays that share one
 * weekend date share one day off. The Bajrams follow the Muslim Community's announcement and the
 * declared days off a government decision, so both come from outside; a Bajram of a year nobody
 * configured is estimated with the JDK's Umm al-Qura calendar, which matched the official dates of
 * 2023–2026. Pure and thread-safe: the kernel's {@link WorkingCalendar} holds one.
 */
public final class AlbanianHolidays {

    /** The law dates from 21 December 1992; earlier years have weekends only. */
    public static final int FIRST_YEAR = 1993;

    private final Map<Integer, List<LocalDate>> eidAlFitr;
    private final Map<Integer, List<LocalDate>> eidAlAdha;
    private final Set<LocalDate> declared;
    private final Map<Integer, List<DayOff>> years = new ConcurrentHashMap<>();

    public AlbanianHolidays(Collection<LocalDate> eidAlFitr, Collection<LocalDate> eidAlAdha,
            Collection<LocalDate> declaredDaysOff) {
        this.eidAlFitr = byYear(eidAlFitr);
        this.eidAlAdha = byYear(eidAlAdha);
        this.declared = Set.copyOf(declaredDaysOff);
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && on(day).isEmpty();
    }

    /** Holidays, days off moved from a weekend and declared days off of one year, in date order. */
    public List<DayOff> daysOff(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    /** What makes {@code day} a holiday or a day off; empty on an ordinary day (weekday or weekend). */
    public List<DayOff> on(LocalDate day) {
        return daysOff(day.getYear()).stream().filter(d -> d.date().equals(day)).toList();
    }

    /**
     * The {@code days}-th working day after {@code start} (the start does not count); before it
     * when {@code days} is negative; {@code start} itself for 0.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = start;
        for (int counted = 0; counted < Math.abs(days);) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private List<DayOff> compute(int year) {
        List<DayOff> out = new ArrayList<>(holidays(year));
        out.addAll(substitutes(year));
        declared.stream().filter(d -> d.getYear() == year).map(d -> DayOff.on(d, Holiday.DECLARED_DAY_OFF))
                .forEach(out::add);
        out.sort(Comparator.comparing(DayOff::date).thenComparing(DayOff::substitute)
                .thenComparing(DayOff::holiday));
        return List.copyOf(out);
    }

    /**
     * The days off of weekend holidays that land in {@code year}. A December holiday can move into
     * January, so the year before is walked too; the year after only blocks its own holidays.
     */
    private List<DayOff> substitutes(int year) {
        TreeMap<LocalDate, List<DayOff>> byDate = new TreeMap<>();
        for (int y = year - 1; y <= year; y++) {
            holidays(y).forEach(h -> byDate.computeIfAbsent(h.date(), k -> new ArrayList<>()).add(h));
        }
        Set<LocalDate> taken = new HashSet<>(byDate.keySet());
        holidays(year + 1).forEach(h -> taken.add(h.date()));
        List<DayOff> out = new ArrayList<>();
        byDate.forEach((date, onDate) -> {
            if (!isWeekend(date)) {
                return;
            }
            LocalDate moved = date.plusDays(1);
            while (isWeekend(moved) || taken.contains(moved)) {
                moved = moved.plusDays(1);
            }
            taken.add(moved);
            if (moved.getYear() == year) {
                for (DayOff h : onDate) {
                    out.add(new DayOff(moved, h.holiday(), true, h.estimated()));
                }
            }
        });
        return out;
    }

    /** The official holidays on their own dates, weekend or not. */
    private List<DayOff> holidays(int year) {
        List<DayOff> out = new ArrayList<>();
        if (year < FIRST_YEAR) {
            return out;
        }
        fixed(out, year, 1, 1, Holiday.NEW_YEAR);
        fixed(out, year, 1, 2, Holiday.NEW_YEAR);
        if (year >= 2004) {
            fixed(out, year, 3, 14, Holiday.SUMMER_DAY);
        }
        if (year >= 1996) {
            fixed(out, year, 3, 22, Holiday.NEVRUZ);
        }
        out.add(DayOff.on(Easter.catholic(year), Holiday.CATHOLIC_EASTER));
        out.add(DayOff.on(Easter.orthodox(year), Holiday.ORTHODOX_EASTER));
        fixed(out, year, 5, 1, Holiday.LABOUR_DAY);
        if (year >= 2004 && year <= 2017) {
            fixed(out, year, 10, 19, Holiday.MOTHER_TERESA_BEATIFICATION);
        } else if (year >= 2018) {
            fixed(out, year, 9, 5, Holiday.MOTHER_TERESA_CANONISATION);
        }
        if (year >= 2024) {
            fixed(out, year, 11, 22, Holiday.ALPHABET_DAY);
        }
        fixed(out, year, 11, 28, Holiday.INDEPENDENCE_DAY);
        fixed(out, year, 11, 29, Holiday.LIBERATION_DAY);
        if (year >= 2009) {
            fixed(out, year, 12, 8, Holiday.YOUTH_DAY);
        }
        fixed(out, year, 12, 25, Holiday.CHRISTMAS);
        bajram(out, year, eidAlFitr, Holiday.EID_AL_FITR, 10, 1);
        bajram(out, year, eidAlAdha, Holiday.EID_AL_ADHA, 12, 10);
        return out;
    }

    private static void fixed(List<DayOff> out, int year, int month, int day, Holiday holiday) {
        out.add(DayOff.on(LocalDate.of(year, month, day), holiday));
    }

    /**
     * A Bajram: the configured dates of the year if there are any, otherwise the Umm al-Qura date
     * (1 Shawwal, 10 Dhu al-Hijjah), marked as estimated. A Gregorian year can hold two of them.
     */
    private static void bajram(List<DayOff> out, int year, Map<Integer, List<LocalDate>> configured,
            Holiday holiday, int hijriMonth, int hijriDay) {
        List<LocalDate> dates = configured.get(year);
        if (dates != null) {
            dates.forEach(d -> out.add(DayOff.on(d, holiday)));
            return;
        }
        try {
            int hijriYear = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
            for (int hy = hijriYear; hy <= hijriYear + 1; hy++) {
                LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(hy, hijriMonth, hijriDay));
                if (d.getYear() == year) {
                    out.add(new DayOff(d, holiday, false, true));
                }
            }
        } catch (DateTimeException outsideUmmAlQura) {
            // The JDK's table covers 1882–2174; outside it there is no estimate, only configuration.
        }
    }

    private static Map<Integer, List<LocalDate>> byYear(Collection<LocalDate> dates) {
        return dates.stream().distinct().sorted()
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.toUnmodifiableList()));
    }

    /** The first day off on {@code day}, if any. */
    public Optional<DayOff> dayOff(LocalDate day) {
        return on(day).stream().findFirst();
    }
}
