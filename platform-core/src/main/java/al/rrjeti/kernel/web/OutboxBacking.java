package al.rrjeti.kernel.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.MailRenderer;
import al.rrjeti.kernel.mail.Outbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** {@code mail/outbox.xhtml}: the stored mail, newest first, and one message opened. */
@Named
@RequestScoped
public class OutboxBacking {

    /** One line of the list. */
    public record Line(Long id, String when, String to, String subject, String statusKey) {
    }

    @Inject
    private Outbox outbox;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private CurrentLanguage language;

    private Long id;

    public List<Line> getLines() {
        return outbox.latest().stream().map(m -> new Line(m.getId(),
                dateTimes.dateTime(m.getCreatedAt(), language.getLocale()), m.getRecipient(), m.getSubject(),
                "outbox.status." + m.getStatus().name().toLowerCase(Locale.ROOT))).toList();
    }

    /** The message asked for with {@code ?id=}, or null. */
    public MailMessage getOpened() {
        return outbox.find(id).orElse(null);
    }

    /** The opened message's text as safe HTML, links clickable. */
    public String getOpenedBody() {
        MailMessage m = getOpened();
        return m == null ? "" : MailRenderer.linkify(m.getText());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
