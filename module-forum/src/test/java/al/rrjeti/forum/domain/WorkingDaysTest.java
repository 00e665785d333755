package al.rrjeti.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2026, 4, 6))); // Easter Monday 2026

    @Test
    void tenWorkingDaysFromAMondayEndTwoWeeksLater() {
        assertThat(days.after(LocalDate.of(2026, 2, 2), 10)).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void weekendsAndFixedHolidaysDoNotCount() {
        // Friday 27 Nov 2026; 28 and 29 Nov are Independence and Liberation Day (a weekend anyway),
        // 8 Dec is Youth Day.
        assertThat(days.after(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(days.after(LocalDate.of(2026, 12, 4), 2)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 3, 23))).isTrue();
    }

    @Test
    void configuredMovableHolidaysDoNotCount() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(days.after(LocalDate.of(2026, 4, 3), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        assertThat(days.between(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16))).isEqualTo(10);
        assertThat(days.between(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 2))).isZero();
        assertThatThrownBy(() -> days.after(LocalDate.of(2026, 2, 2), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
