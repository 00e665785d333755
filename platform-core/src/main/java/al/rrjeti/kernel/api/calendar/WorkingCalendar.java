package al.rrjeti.kernel.api.calendar;

import al.rrjeti.kernel.api.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The platform's working-day calendar for Albania, for every module: is a day a working day, the
 * n-th working day after a date, working days between two dates, and which holiday a day is, named
 * in the reader's language. The rules are {@link AlbanianHolidays}; the Bajram dates and the days
 * off the government declares come from configuration and are read once.
 */
@ApplicationScoped
public class WorkingCalendar {

    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class.getName());

    /** Eid al-Fitr (Bajrami i Madh), ISO dates separated by commas. */
    public static final String EID_AL_FITR = "rrjeti.calendar.eid-al-fitr";
    /** Eid al-Adha (Kurban Bajrami), ISO dates separated by commas. */
    public static final String EID_AL_ADHA = "rrjeti.calendar.eid-al-adha";
    /** Days off declared by the Council of Ministers (bridge days), ISO dates separated by commas. */
    public static final String DAYS_OFF = "rrjeti.calendar.days-off";
    /** The forum's former key for extra days off; still read, its dates added to {@link #DAYS_OFF}. */
    public static final String FORMER_FORUM_KEY = "rrjeti.forum.holidays";

    /** As announced by the Muslim Community of Albania and listed in the government's calendars. */
    static final String DEFAULT_EID_AL_FITR = "2025-03-30,2026-03-20";
    static final String DEFAULT_EID_AL_ADHA = "2025-06-06,2026-05-27";
    /** Council of Ministers' decisions: Friday 3 January 2025 and Friday 26 December 2025. */
    static final String DEFAULT_DAYS_OFF = "2025-01-03,2025-12-26";

    @Inject
    private Config config;

    @Inject
    private Texts texts;

    private volatile AlbanianHolidays rules;

    public WorkingCalendar() {
        // for CDI
    }

    /** A calendar with given rules and texts, outside a container. */
    WorkingCalendar(AlbanianHolidays rules, Texts texts) {
        this.rules = rules;
        this.texts = texts;
    }

    public boolean isWorkingDay(LocalDate day) {
        return rules().isWorkingDay(day);
    }

    /** The {@code days}-th working day after {@code start}; before it when negative. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return rules().addWorkingDays(start, days);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules().workingDaysBetween(from, to);
    }

    public List<DayOff> daysOff(int year) {
        return rules().daysOff(year);
    }

    /** The holidays and days off on one day; empty on an ordinary day. */
    public List<DayOff> daysOff(LocalDate day) {
        return rules().on(day);
    }

    /** The names of what is on {@code day} ("Dita e Nevruzit (ditë pushimi e shtyrë)"), if anything. */
    public Optional<String> holidayName(LocalDate day, Locale locale) {
        List<DayOff> on = daysOff(day);
        return on.isEmpty() ? Optional.empty()
                : Optional.of(on.stream().map(d -> name(d, locale)).collect(Collectors.joining(", ")));
    }

    public String name(DayOff day, Locale locale) {
        String name = texts.kernel(locale, day.holiday().messageKey());
        if (day.substitute()) {
            name = texts.kernel(locale, "calendar.substitute", name);
        }
        return day.estimated() ? texts.kernel(locale, "calendar.estimated", name) : name;
    }

    private AlbanianHolidays rules() {
        AlbanianHolidays r = rules;
        if (r == null) {
            r = fromConfiguration(key -> config.getOptionalValue(key, String.class));
            rules = r;
        }
        return r;
    }

    /** The rules with the configured dates; a date that does not parse is logged and left out. */
    static AlbanianHolidays fromConfiguration(Function<String, Optional<String>> config) {
        List<LocalDate> daysOff = new ArrayList<>(dates(DAYS_OFF, config.apply(DAYS_OFF).orElse(DEFAULT_DAYS_OFF)));
        config.apply(FORMER_FORUM_KEY).ifPresent(former -> {
            LOG.warning(() -> FORMER_FORUM_KEY + " is read for compatibility; move its dates to " + DAYS_OFF);
            daysOff.addAll(dates(FORMER_FORUM_KEY, former));
        });
        return new AlbanianHolidays(dates(EID_AL_FITR, config.apply(EID_AL_FITR).orElse(DEFAULT_EID_AL_FITR)),
                dates(EID_AL_ADHA, config.apply(EID_AL_ADHA).orElse(DEFAULT_EID_AL_ADHA)), daysOff);
    }

    static List<LocalDate> dates(String key, String value) {
        List<LocalDate> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                LOG.severe(() -> key + ": \"" + s + "\" is not an ISO date (2026-03-20); left out");
            }
        }
        return out;
    }
}
