package al.rrjeti.kernel.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * Both Easters against the published tables (the Catholic Church's and the Orthodox Church's
 * Easter tables, as reproduced in "Easter dates 1583–4099", Astronomical Society of South Australia,
 * and the Orthodox paschalion); the extremes of the Gregorian computus (22 March, 25 April).
 */
class EasterTest {

    /** Catholic Easter Sunday, 2000–2030. */
    private static final String[] CATHOLIC = {"04-23", "04-15", "03-31", "04-20", "04-11", "03-27", "04-16",
        "04-08", "03-23", "04-12", "04-04", "04-24", "04-08", "03-31", "04-20", "04-05", "03-27", "04-16", "04-01",
        "04-21", "04-12", "04-04", "04-17", "04-09", "03-31", "04-20", "04-05", "03-28", "04-16", "04-01", "04-21"};

    /** Orthodox Easter Sunday (civil date), 2000–2030. */
    private static final String[] ORTHODOX = {"04-30", "04-15", "05-05", "04-27", "04-11", "05-01", "04-23",
        "04-08", "04-27", "04-19", "04-04", "04-24", "04-15", "05-05", "04-20", "04-12", "05-01", "04-16", "04-08",
        "04-28", "04-19", "05-02", "04-24", "04-16", "05-05", "04-20", "04-12", "05-02", "04-16", "04-08", "04-28"};

    @Test
    void catholicEasterMatchesTheTable() {
        for (int i = 0; i < CATHOLIC.length; i++) {
            int year = 2000 + i;
            assertThat(Easter.catholic(year)).as("Catholic Easter %d", year)
                    .isEqualTo(MonthDay.parse("--" + CATHOLIC[i]).atYear(year));
        }
    }

    @Test
    void orthodoxEasterMatchesTheTable() {
        for (int i = 0; i < ORTHODOX.length; i++) {
            int year = 2000 + i;
            assertThat(Easter.orthodox(year)).as("Orthodox Easter %d", year)
                    .isEqualTo(MonthDay.parse("--" + ORTHODOX[i]).atYear(year));
        }
    }

    @Test
    void theGregorianExtremesAndTheCenturyDrift() {
        assertThat(Easter.catholic(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
        assertThat(Easter.catholic(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(Easter.catholic(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
        assertThat(Easter.catholic(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        // Julian 9 April 1900, 13 days behind the civil calendar.
        assertThat(Easter.orthodox(1900)).isEqualTo(LocalDate.of(1900, 4, 22));
    }

    /** A wrong Julian-to-civil gap (13 days until 2099, 14 from 2100) would land off a Sunday. */
    @Test
    void everyEasterIsASunday() {
        for (int year = 1900; year <= 2200; year++) {
            assertThat(Easter.catholic(year).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(Easter.orthodox(year).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(Easter.orthodox(year)).isAfterOrEqualTo(Easter.catholic(year));
        }
    }
}
