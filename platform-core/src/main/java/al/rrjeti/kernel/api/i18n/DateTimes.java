package al.rrjeti.kernel.api.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Shows instants in the platform's time zone (Albania's by default) and the reader's language. */
@ApplicationScoped
public class DateTimes {

    @Inject
    @ConfigProperty(name = "rrjeti.timezone", defaultValue = "Europe/Tirane")
    private String zone;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Date and time, e.g. {@code 26.11.2026, 17:05} in Albanian. */
    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter f = "sq".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        return f.withZone(zone()).format(instant);
    }

    /** The date alone, e.g. {@code 26.11.2026} in Albanian. */
    public String date(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter f = "sq".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("dd.MM.yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return f.withZone(zone()).format(instant);
    }

    /** A calendar day as the platform writes it in both languages, e.g. {@code 10.12.2026}; empty for null. */
    public static String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
    }
}
