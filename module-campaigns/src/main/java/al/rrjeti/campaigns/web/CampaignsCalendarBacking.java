package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignsSettings;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.domain.EventListing;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code campaigns/calendar.xhtml}: a month of activities, as a grid of weeks (Monday first) or a list. */
@Named("campaignsCalendarBacking")
@RequestScoped
public class CampaignsCalendarBacking {

    /** One day of the grid and the activities starting on it. */
    public record Day(LocalDate date, boolean inMonth, List<EventListing> events) {
        public int getNumber() {
            return date.getDayOfMonth();
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public List<EventListing> getEvents() {
            return events;
        }
    }

    @Inject
    private EventService events;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PlatformClock clock;

    @Inject
    private CampaignsSettings settings;

    private String month;
    private String view;
    private YearMonth shown;
    private List<EventListing> loaded;

    public YearMonth getShown() {
        if (shown == null) {
            try {
                shown = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                shown = null;
            }
            if (shown == null) {
                shown = YearMonth.from(clock.now().atZone(dateTimes.zone()));
            }
        }
        return shown;
    }

    public String getTitle() {
        YearMonth m = getShown();
        String name = m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + m.getYear();
    }

    /** How many days back the iCalendar feed lists activities (said beside its link). */
    public int getFeedDaysBehind() {
        return settings.feedDaysBehind();
    }

    /** How many days ahead the iCalendar feed lists activities. */
    public int getFeedDaysAhead() {
        return settings.feedDaysAhead();
    }

    public String getPrevious() {
        return getShown().minusMonths(1).toString();
    }

    public String getNext() {
        return getShown().plusMonths(1).toString();
    }

    public boolean isList() {
        return "list".equals(view);
    }

    public List<EventListing> getEvents() {
        if (loaded == null) {
            YearMonth m = getShown();
            loaded = events.listings(m.atDay(1).atStartOfDay(dateTimes.zone()).toInstant(),
                    m.plusMonths(1).atDay(1).atStartOfDay(dateTimes.zone()).toInstant());
        }
        return loaded;
    }

    /** The weekday names, Monday first, short, in the reader's language. */
    public List<String> getWeekdays() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT_STANDALONE, language.getLocale()));
        }
        return names;
    }

    public List<List<Day>> getWeeks() {
        YearMonth m = getShown();
        Map<LocalDate, List<EventListing>> byDay = new LinkedHashMap<>();
        for (EventListing e : getEvents()) {
            byDay.computeIfAbsent(e.getStartsAt().atZone(dateTimes.zone()).toLocalDate(), d -> new ArrayList<>()).add(e);
        }
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = m.atDay(1).with(DayOfWeek.MONDAY);
        while (!day.isAfter(m.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(m), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }
}
