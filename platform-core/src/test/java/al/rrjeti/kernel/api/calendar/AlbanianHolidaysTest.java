package al.rrjeti.kernel.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every holiday and every day off of 2025, 2026 and 2027 against the official calendars.
 * Sources: Law no. 7651 of 21.12.1992 "Për festat zyrtare dhe ditët përkujtimore", as amended
 * (Alphabet Day from 2024; Mother Teresa on 5 September from 2018); the note of the yearly
 * "Kalendari i festave zyrtare" (Bank of Albania, ministries): "Në rastet kur festa apo festat zyrtare
 * bie/bien në ditën apo ditët e pushimit javor (e shtunë dhe/ose e diel), atëherë pushimi shtyhet në
 * ditën apo ditët pasardhëse të punës (e hënë dhe e martë)".
 */
class AlbanianHolidaysTest {

    private final AlbanianHolidays rules = WorkingCalendar.fromConfiguration(key -> java.util.Optional.empty());

    /**
     * 2025: the calendar the Italian Embassy's trade office republished from the government's list
     * (both Easters 20 April, Bajrami i Madh 30 March, Kurban Bajrami 6 June); Council of Ministers'
     * decisions: Friday 3 January 2025 (decision of 30.12.2024) and Friday 26 December 2025 days off.
     */
    @Test
    void official2025() {
        assertThat(rules.daysOff(2025)).containsExactlyElementsOf(expected(
                "2025-01-01 NEW_YEAR", "2025-01-02 NEW_YEAR", "2025-01-03 DECLARED_DAY_OFF",
                "2025-03-14 SUMMER_DAY", "2025-03-22 NEVRUZ", "2025-03-24 NEVRUZ moved",
                "2025-03-30 EID_AL_FITR", "2025-03-31 EID_AL_FITR moved",
                // both Easters on one Sunday: one day off, Monday 21 April
                "2025-04-20 CATHOLIC_EASTER", "2025-04-20 ORTHODOX_EASTER",
                "2025-04-21 CATHOLIC_EASTER moved", "2025-04-21 ORTHODOX_EASTER moved",
                "2025-05-01 LABOUR_DAY", "2025-06-06 EID_AL_ADHA", "2025-09-05 MOTHER_TERESA_CANONISATION",
                "2025-11-22 ALPHABET_DAY", "2025-11-24 ALPHABET_DAY moved",
                "2025-11-28 INDEPENDENCE_DAY", "2025-11-29 LIBERATION_DAY", "2025-12-01 LIBERATION_DAY moved",
                "2025-12-08 YOUTH_DAY", "2025-12-25 CHRISTMAS", "2025-12-26 DECLARED_DAY_OFF"));
        assertThat(rules.isWorkingDay(LocalDate.of(2025, 4, 22))).isTrue();
    }

    /**
     * 2026: "Festat zyrtare 2026" (noa.al, 2 January 2026, from the government's calendar): Summer Day
     * on Saturday moved to Monday 16 March, Bajrami i Madh Friday 20 March, Nevruz on Sunday moved to
     * Monday 23 March, both Easters a week apart, Kurban Bajrami Wednesday 27 May, Mother Teresa and
     * Alphabet Day moved to Mondays, 28–29 November (Saturday, Sunday) to Monday and Tuesday.
     */
    @Test
    void official2026() {
        assertThat(rules.daysOff(2026)).containsExactlyElementsOf(expected(
                "2026-01-01 NEW_YEAR", "2026-01-02 NEW_YEAR", "2026-03-14 SUMMER_DAY", "2026-03-16 SUMMER_DAY moved",
                "2026-03-20 EID_AL_FITR", "2026-03-22 NEVRUZ", "2026-03-23 NEVRUZ moved",
                "2026-04-05 CATHOLIC_EASTER", "2026-04-06 CATHOLIC_EASTER moved",
                "2026-04-12 ORTHODOX_EASTER", "2026-04-13 ORTHODOX_EASTER moved",
                "2026-05-01 LABOUR_DAY", "2026-05-27 EID_AL_ADHA",
                "2026-09-05 MOTHER_TERESA_CANONISATION", "2026-09-07 MOTHER_TERESA_CANONISATION moved",
                "2026-11-22 ALPHABET_DAY", "2026-11-23 ALPHABET_DAY moved",
                "2026-11-28 INDEPENDENCE_DAY", "2026-11-29 LIBERATION_DAY",
                "2026-11-30 INDEPENDENCE_DAY moved", "2026-12-01 LIBERATION_DAY moved",
                "2026-12-08 YOUTH_DAY", "2026-12-25 CHRISTMAS"));
        assertThat(rules.isWorkingDay(LocalDate.of(2026, 3, 23))).as("Nevruz's Monday").isFalse();
    }

    /**
     * 2027: the government's calendar is not out yet (November 2026), so the law's rules: 2 January
     * (Saturday) to Monday 4 January; 1 May (Saturday) and Orthodox Easter (Sunday 2 May) to Monday and
     * Tuesday; 28 November (Sunday) to Tuesday 30 November, Monday being Liberation Day. The Bajrams
     * are the Umm al-Qura dates, marked as expected until the Muslim Community announces them.
     */
    @Test
    void rules2027() {
        assertThat(rules.daysOff(2027)).containsExactlyElementsOf(expected(
                "2027-01-01 NEW_YEAR", "2027-01-02 NEW_YEAR", "2027-01-04 NEW_YEAR moved",
                "2027-03-09 EID_AL_FITR expected", "2027-03-14 SUMMER_DAY", "2027-03-15 SUMMER_DAY moved",
                "2027-03-22 NEVRUZ", "2027-03-28 CATHOLIC_EASTER", "2027-03-29 CATHOLIC_EASTER moved",
                "2027-05-01 LABOUR_DAY", "2027-05-02 ORTHODOX_EASTER",
                "2027-05-03 LABOUR_DAY moved", "2027-05-04 ORTHODOX_EASTER moved",
                "2027-05-16 EID_AL_ADHA expected", "2027-05-17 EID_AL_ADHA moved expected",
                "2027-09-05 MOTHER_TERESA_CANONISATION", "2027-09-06 MOTHER_TERESA_CANONISATION moved",
                "2027-11-22 ALPHABET_DAY", "2027-11-28 INDEPENDENCE_DAY", "2027-11-29 LIBERATION_DAY",
                "2027-11-30 INDEPENDENCE_DAY moved", "2027-12-08 YOUTH_DAY",
                "2027-12-25 CHRISTMAS", "2027-12-27 CHRISTMAS moved"));
    }

    /** Bank of Albania's calendars as checked by python-holidays: 2022 and 2024. */
    @Test
    void aMovedDaySkipsAWeekdayHolidayAndTwoWeekendHolidaysTakeMondayAndTuesday() {
        AlbanianHolidays earlier = new AlbanianHolidays(
                List.of(LocalDate.of(2022, 5, 2), LocalDate.of(2024, 4, 10)),
                List.of(LocalDate.of(2022, 7, 9), LocalDate.of(2024, 6, 16)), List.of());
        // 1 May 2022 on a Sunday; Monday 2 May was Bajrami i Madh, so the day off was Tuesday 3 May.
        assertThat(earlier.on(LocalDate.of(2022, 5, 3))).extracting(DayOff::holiday, DayOff::substitute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Holiday.LABOUR_DAY, true));
        // New Year 2022 on Saturday and Sunday: Monday 3 and Tuesday 4 January.
        assertThat(earlier.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
        assertThat(earlier.isWorkingDay(LocalDate.of(2022, 1, 4))).isFalse();
        assertThat(earlier.isWorkingDay(LocalDate.of(2022, 1, 5))).isTrue();
        // Kurban Bajrami on Sunday 16 June 2024: Monday 17 June off.
        assertThat(earlier.isWorkingDay(LocalDate.of(2024, 6, 17))).isFalse();
        assertThat(earlier.isWorkingDay(LocalDate.of(2024, 6, 18))).isTrue();
    }

    @Test
    void aDecemberHolidayCanMoveIntoJanuary() {
        // Kurban Bajrami on Sunday 31 December 2006; 1 and 2 January 2007 are New Year: Wednesday 3 January.
        AlbanianHolidays y2006 = new AlbanianHolidays(List.of(), List.of(LocalDate.of(2006, 1, 10),
                LocalDate.of(2006, 12, 31)), List.of());
        assertThat(y2006.on(LocalDate.of(2007, 1, 3))).extracting(DayOff::holiday, DayOff::substitute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Holiday.EID_AL_ADHA, true));
        assertThat(y2006.daysOff(2006)).filteredOn(d -> d.holiday() == Holiday.EID_AL_ADHA).hasSize(2);
    }

    @Test
    void holidaysFollowTheLawsHistory() {
        assertThat(rules.on(LocalDate.of(2017, 10, 19))).extracting(DayOff::holiday)
                .containsExactly(Holiday.MOTHER_TERESA_BEATIFICATION);
        assertThat(rules.on(LocalDate.of(2018, 10, 19))).isEmpty();
        assertThat(rules.on(LocalDate.of(2023, 11, 22))).isEmpty();
        // (Kurban Bajrami happened to fall on 8 December 2008, before Youth Day became a holiday.)
        assertThat(rules.on(LocalDate.of(2008, 12, 8))).extracting(DayOff::holiday).doesNotContain(Holiday.YOUTH_DAY);
        assertThat(rules.on(LocalDate.of(2009, 12, 8))).extracting(DayOff::holiday).containsExactly(Holiday.YOUTH_DAY);
        assertThat(rules.daysOff(1992)).isEmpty();
    }

    /** "2026-03-23 NEVRUZ moved expected" → the day off it describes. */
    private static List<DayOff> expected(String... lines) {
        List<DayOff> out = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split(" ");
            List<String> flags = List.of(p).subList(2, p.length);
            out.add(new DayOff(LocalDate.parse(p[0]), Holiday.valueOf(p[1]), flags.contains("moved"),
                    flags.contains("expected")));
        }
        return out;
    }
}
