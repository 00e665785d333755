package al.rrjeti.kernel.mail;

import al.rrjeti.kernel.api.MailAttachment;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends mail in the recipient's language. The message is stored in the caller's transaction and
 * handed to SMTP only after that transaction commits: a rolled-back registration sends nothing.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private Texts texts;

    @Inject
    private PlatformClock clock;

    @Inject
    private Event<MailQueued> queued;

    /**
     * A mail whose texts are in the kernel's bundle: {@code <key>.subject} and {@code <key>.text},
     * both filled with the arguments; the common signature is added.
     */
    @Transactional
    public MailMessage sendKernelMail(String to, Locale locale, String key, Object... arguments) {
        String subject = texts.kernel(locale, key + ".subject", arguments);
        String text = texts.kernel(locale, key + ".text", arguments);
        return send(to, locale, subject, text);
    }

    /** The only headers a caller may add: a mailing list's (RFC 2369, RFC 8058 one-click unsubscribe). */
    public static final Set<String> LIST_HEADERS = Set.of("List-Unsubscribe", "List-Unsubscribe-Post", "List-Id");

    /** A mail whose texts the caller (a module) has already put in the recipient's language. */
    @Transactional
    public MailMessage send(String to, Locale locale, String subject, String text) {
        return send(to, locale, subject, text, List.of(), Map.of());
    }

    /**
     * A mail with files and list headers. Refuses (IllegalArgumentException) a header other than
     * {@link #LIST_HEADERS}, a header value with a line break, and attachments above
     * {@link MailAttachment#MAX_TOTAL_BYTES} together.
     */
    @Transactional
    public MailMessage send(String to, Locale locale, String subject, String text, List<MailAttachment> attachments,
            Map<String, String> headers) {
        headers.forEach((name, value) -> {
            if (!LIST_HEADERS.contains(name)) {
                throw new IllegalArgumentException("Mail header not allowed: " + name + " (only " + LIST_HEADERS + ")");
            }
            if (value == null || value.isBlank() || value.length() > 900 || value.matches("(?s).*[\\r\\n].*")) {
                throw new IllegalArgumentException("Mail header " + name + " must be one line of at most 900 characters");
            }
        });
        long total = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (total > MailAttachment.MAX_TOTAL_BYTES) {
            throw new IllegalArgumentException("Attachments of " + total + " bytes exceed " + MailAttachment.MAX_TOTAL_BYTES);
        }
        String full = text.strip() + "\n\n" + texts.kernel(locale, "mail.signature");
        MailStatus status = settings.smtpConfigured() ? MailStatus.QUEUED : MailStatus.OUTBOX;
        MailMessage message = new MailMessage(to, subject, full, MailRenderer.html(subject, full, locale.getLanguage()),
                locale.getLanguage(), status, clock.now());
        attachments.forEach(a -> message.attach(a.fileName(), a.contentType(), a.content()));
        message.listHeaders(headers);
        em.persist(message);
        if (status == MailStatus.QUEUED) {
            em.flush();
            queued.fire(new MailQueued(message.getId()));
        }
        return message;
    }

    /** The newest messages first, in the order they were written (not by clock time, which a test clock moves). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailMessage> latest(int max) {
        return em.createQuery("SELECT m FROM MailMessage m ORDER BY m.id DESC", MailMessage.class)
                .setMaxResults(max).getResultList();
    }

    /** The newest messages to one address, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailMessage> latestTo(String recipient, int max) {
        return em.createQuery("SELECT m FROM MailMessage m WHERE m.recipient = :to ORDER BY m.id DESC",
                MailMessage.class).setParameter("to", recipient).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MailMessage find(Long id) {
        return em.find(MailMessage.class, id);
    }
}
