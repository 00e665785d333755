package al.rrjeti.kernel.web.moderation;

import al.rrjeti.kernel.audit.AuditReview;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code moderation/audit.xhtml}: the audit log, filtered by actor, action and dates (GET form). */
@Named
@RequestScoped
public class AuditBacking {

    /** One line of the log, ready to show. */
    public record Line(String at, String actor, String action, String subject, String detail) {
    }

    @Inject
    private AuditReview review;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private CurrentLanguage language;

    private String actor;
    private String action;
    private String from;
    private String to;

    public List<Line> getLines() {
        return review.search(actor, action, start(from), start(to) == null ? null
                        : start(to).plus(java.time.Duration.ofDays(1))).stream()
                .map(e -> new Line(dateTimes.dateTime(e.getAt(), language.getLocale()), e.getActor(), e.getAction(),
                        e.getSubject(), e.getDetail() == null ? "" : e.getDetail()))
                .toList();
    }

    /** The start of a day (yyyy-mm-dd) in the platform's time zone; null when blank or malformed. */
    private Instant start(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip()).atStartOfDay(dateTimes.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
