package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatCalendar;
import al.rrjeti.chat.application.ChatCalendar.Group;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code chat/meetings.xhtml}: the meetings calendar, by month or as lists, all rooms or one working group. */
@Named("chatMeetingsBacking")
@ViewScoped
public class MeetingsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One day of the month grid, with the meetings starting on it. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Meeting> meetings) implements Serializable {
        public int getNumber() {
            return date.getDayOfMonth();
        }
    }

    @Inject
    private transient ChatCalendar calendar;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient DateTimes dates;

    private String view = "month";
    private String month;
    private Long group;
    private YearMonth shown;
    private List<Group> groups;
    private List<List<Day>> weeks;
    private List<Meeting> upcoming;
    private List<Meeting> past;

    public void load() {
        groups = Pages.read(calendar::groups, caller.isLoggedIn());
        if (groups == null) {
            return;
        }
        shown = parse(month, calendar.thisMonth());
        if (isList()) {
            upcoming = Pages.read(() -> calendar.upcoming(group), true);
            past = upcoming == null ? null : calendar.past(group);
        } else {
            List<Meeting> meetings = Pages.read(() -> calendar.month(shown, group), true);
            if (meetings != null) {
                weeks = weeks(meetings);
            }
        }
    }

    /** The filter's answer: the same page with the chosen view and group, as a link one can keep. */
    public String show() {
        return "/chat/meetings.xhtml?faces-redirect=true&view=" + (isList() ? "list" : "month")
                + (isList() ? "" : "&month=" + shown) + (group == null ? "" : "&group=" + group);
    }

    private List<List<Day>> weeks(List<Meeting> meetings) {
        Map<LocalDate, List<Meeting>> byDay = meetings.stream().collect(Collectors.groupingBy(
                m -> m.getStartsAt().atZone(dates.zone()).toLocalDate()));
        LocalDate today = LocalDate.now(dates.zone());
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> rows = new ArrayList<>();
        while (!day.isAfter(end)) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(shown), day.equals(today),
                        byDay.getOrDefault(day, List.of())));
            }
            rows.add(week);
        }
        return rows;
    }

    private static YearMonth parse(String given, YearMonth fallback) {
        try {
            return given == null || given.isBlank() ? fallback : YearMonth.parse(given.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The weekdays' short names in the reader's language, Monday first. */
    public List<String> getWeekdays() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.SHORT_STANDALONE, language.getLocale()));
        }
        return names;
    }

    /** E.g. "mars 2030" or "March 2030". */
    public String getMonthTitle() {
        return shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale()) + " " + shown.getYear();
    }

    public String getPrevious() {
        return shown.minusMonths(1).toString();
    }

    public String getNext() {
        return shown.plusMonths(1).toString();
    }

    public String time(Meeting m) {
        return DateTimeFormatter.ofPattern("HH:mm").format(m.getStartsAt().atZone(dates.zone()));
    }

    public boolean isList() {
        return "list".equals(view);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = "list".equals(view) ? "list" : "month";
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    /** The group filter as a link keeps it. */
    public String getGroupQuery() {
        return group == null ? "" : "&group=" + group;
    }

    public String getShown() {
        return shown == null ? "" : shown.toString();
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    public List<Meeting> getUpcoming() {
        return upcoming;
    }

    public List<Meeting> getPast() {
        return past;
    }
}
