package al.rrjeti.kernel.api.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday of both churches, by the computus: the Catholic date with the Gregorian rules,
 * the Orthodox date with the Julian rules, then written as a (civil, Gregorian) date.
 */
public final class Easter {

    private Easter() {
    }

    /** Catholic Easter Sunday: the anonymous Gregorian algorithm (Meeus, Jones, Butcher). */
    public static LocalDate catholic(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Orthodox Easter Sunday: Meeus's Julian algorithm gives the date in the Julian calendar; the
     * two calendars drift apart by three days every four centuries (13 days in 1900–2099, 14 from
     * 2100), which is added to reach the civil date.
     */
    public static LocalDate orthodox(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        int drift = year / 100 - year / 400 - 2;
        return LocalDate.of(year, month, day).plusDays(drift);
    }
}
