package al.rrjeti.kernel.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.i18n.Texts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counting working days across Albania's holidays, the configuration keys, and the holidays' names. */
class WorkingCalendarTest {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    private final WorkingCalendar calendar = calendar(Map.of());

    private static WorkingCalendar calendar(Map<String, String> config) {
        return new WorkingCalendar(WorkingCalendar.fromConfiguration(key -> Optional.ofNullable(config.get(key))),
                new Texts());
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void addingWorkingDaysSkipsBajramNevruzAndTheEasters() {
        // Thursday 19 March 2026: Friday is Bajrami i Madh, Monday Nevruz's day off.
        assertThat(calendar.addWorkingDays(date("2026-03-19"), 1)).isEqualTo(date("2026-03-24"));
        // The right-to-information law's 10 working days from Friday 13 March 2026.
        assertThat(calendar.addWorkingDays(date("2026-03-13"), 10)).isEqualTo(date("2026-04-01"));
        assertThat(calendar.workingDaysBetween(date("2026-03-13"), date("2026-04-01"))).isEqualTo(10);
        // Catholic Easter's Monday, then Orthodox Easter's Monday a week later.
        assertThat(calendar.addWorkingDays(date("2026-04-03"), 1)).isEqualTo(date("2026-04-07"));
        assertThat(calendar.addWorkingDays(date("2026-04-08"), 3)).isEqualTo(date("2026-04-14"));
        assertThat(calendar.addWorkingDays(date("2026-04-07"), -1)).isEqualTo(date("2026-04-03"));
        assertThat(calendar.addWorkingDays(date("2026-04-07"), 0)).isEqualTo(date("2026-04-07"));
    }

    @Test
    void addingWorkingDaysAcrossNewYearAndDeclaredDaysOff() {
        // Christmas 2025 on Thursday, Friday 26 December declared a day off.
        assertThat(calendar.addWorkingDays(date("2025-12-24"), 2)).isEqualTo(date("2025-12-30"));
        // 1 January 2027 on Friday, 2 January on Saturday: its day off is Monday 4 January.
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-05"));
        // 28–29 November 2026 on the weekend: Monday and Tuesday off; 8 December a Tuesday.
        assertThat(calendar.addWorkingDays(date("2026-11-27"), 1)).isEqualTo(date("2026-12-02"));
        assertThat(calendar.addWorkingDays(date("2026-12-04"), 2)).isEqualTo(date("2026-12-09"));
        assertThat(calendar.workingDaysBetween(date("2026-02-16"), date("2026-02-02"))).isZero();
    }

    @Test
    void configuredBajramsReplaceTheEstimateAndDaysOffAddUp() {
        WorkingCalendar configured = calendar(Map.of(WorkingCalendar.EID_AL_FITR, "2027-03-10",
                WorkingCalendar.EID_AL_ADHA, " 2027-05-17 , ", WorkingCalendar.DAYS_OFF, "2027-03-11,not-a-date"));
        assertThat(configured.isWorkingDay(date("2027-03-09"))).isTrue();
        assertThat(configured.daysOff(date("2027-03-10"))).extracting(DayOff::holiday, DayOff::estimated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Holiday.EID_AL_FITR, false));
        assertThat(configured.isWorkingDay(date("2027-03-11"))).isFalse();
        assertThat(configured.isWorkingDay(date("2027-05-17"))).isFalse();
        assertThat(configured.isWorkingDay(date("2027-05-18"))).isTrue();
        // A configured key replaces its default: 2025's declared days off are gone.
        assertThat(configured.isWorkingDay(date("2025-01-03"))).isTrue();
        // The 2025 and 2026 Bajrams are built in when the keys are not set.
        assertThat(calendar.daysOff(date("2026-05-27"))).extracting(DayOff::holiday, DayOff::estimated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Holiday.EID_AL_ADHA, false));
    }

    @Test
    void theForumsFormerKeyStillAddsDaysOff() {
        WorkingCalendar former = calendar(Map.of(WorkingCalendar.FORMER_FORUM_KEY, "2026-06-15"));
        assertThat(former.isWorkingDay(date("2026-06-15"))).isFalse();
        assertThat(former.isWorkingDay(date("2025-12-26"))).as("the default days off stay").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-06-15"))).isTrue();
    }

    @Test
    void namesTheHolidayInBothLanguages() {
        assertThat(calendar.holidayName(date("2026-03-22"), SQ)).contains("Dita e Nevruzit");
        assertThat(calendar.holidayName(date("2026-03-23"), SQ))
                .contains("Dita e Nevruzit (ditë pushimi e shtyrë nga fundjava)");
        assertThat(calendar.holidayName(date("2026-03-23"), Locale.ENGLISH))
                .contains("Nevruz Day (day off moved from the weekend)");
        assertThat(calendar.holidayName(date("2025-12-26"), Locale.ENGLISH))
                .contains("Day off declared by the Council of Ministers");
        assertThat(calendar.holidayName(date("2027-03-09"), SQ)).contains("Dita e Bajramit të Madh (datë e pritshme)");
        assertThat(calendar.holidayName(date("2025-04-20"), Locale.ENGLISH))
                .contains("Catholic Easter Sunday, Orthodox Easter Sunday");
        assertThat(calendar.holidayName(date("2026-03-24"), SQ)).isEmpty();
        for (Holiday h : Holiday.values()) {
            for (Locale l : new Locale[] {SQ, Locale.ENGLISH}) {
                assertThat(new Texts().kernel(l, h.messageKey())).as("%s in %s", h, l).doesNotStartWith("???");
            }
        }
    }
}
