package al.rrjeti.kernel.mail;

import al.rrjeti.kernel.api.PlatformClock;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands stored messages to the SMTP server, after commit, off the request thread; retries failures. */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int MAX_ATTEMPTS = 5;

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private PlatformClock clock;

    /** Messages committed since the sender last ran, sent within a second by {@link #sendQueued()}. */
    private final BlockingQueue<Long> queued = new LinkedBlockingQueue<>();

    @Inject
    private MailDelivery self;

    private volatile Session session;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        queued.offer(event.messageId());
    }

    /**
     * Sends the messages committed since the last call; the kernel's jobs call it every second.
     *
     * <p>Not handed to a managed executor from the request's thread: on Payara the task's copy of
     * the request's invocation shares the request's registry of entity managers and closes them
     * when the task ends, while the request may still be reading with them. A message this
     * misses (the server stopped first) is still queued in the database, and the retry job sends
     * it.
     */
    public void sendQueued() {
        for (Long id = queued.poll(); id != null; id = queued.poll()) {
            self.deliver(id);
        }
    }

    /** Sends one message now; records the outcome on the message. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(Long id) {
        MailMessage m = em.find(MailMessage.class, id);
        if (m == null || m.getStatus() == MailStatus.SENT || m.getStatus() == MailStatus.OUTBOX) {
            return;
        }
        try {
            Transport.send(mime(m));
            m.sent(clock.now());
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // The address is not logged: personal data stays out of the server log.
            LOG.log(Level.WARNING, "Mail " + id + " could not be sent: " + e.getMessage());
            m.failed(e.getMessage());
        }
    }

    /** Messages still waiting or failed fewer than five times; called periodically. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> pending() {
        return em.createQuery("SELECT m.id FROM MailMessage m WHERE (m.status = :q OR m.status = :f)"
                        + " AND m.attempts < :max ORDER BY m.id", Long.class)
                .setParameter("q", MailStatus.QUEUED).setParameter("f", MailStatus.FAILED)
                .setParameter("max", MAX_ATTEMPTS).setMaxResults(100).getResultList();
    }

    /**
     * Retries what is pending, one message at a time; before each retry it sends what was
     * committed meanwhile. The sender and this job share the server's scheduler (one thread by
     * default), so without that a backlog of failed messages (an SMTP outage, a hundred
     * messages) would keep a confirmation or password-reset mail written now waiting behind it.
     */
    public void retryPending() {
        if (settings.smtpConfigured()) {
            for (Long id : pending()) {
                sendQueued();
                self.deliver(id);
            }
        }
    }

    /**
     * The one mail session of the installation's SMTP settings (read once, at start): making a
     * session reads jakarta.mail's provider lists from every jar of the class path, which cost more
     * than building the message did.
     */
    private Session session() {
        Session s = session;
        if (s == null) {
            s = settings.user().isPresent()
                    ? Session.getInstance(settings.sessionProperties(), new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(settings.user().get(), settings.password());
                        }
                    })
                    : Session.getInstance(settings.sessionProperties());
            session = s;
        }
        return s;
    }

    private MimeMessage mime(MailMessage m) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new MimeMessage(session());
        InternetAddress[] from = InternetAddress.parse(settings.from());
        from[0].setPersonal(from[0].getPersonal(), "UTF-8");
        mime.setFrom(from[0]);
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getRecipient()));
        mime.setSubject(m.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Content-Language", m.getLanguage());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.getText(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(m.getHtml(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        m.getListHeaders().forEach((name, value) -> {
            try {
                mime.setHeader(name, value);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        if (m.getAttachments().isEmpty()) {
            mime.setContent(alternative);
            return mime;
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (MailPart part : m.getAttachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(part.getContent(), part.getContentType())));
            file.setFileName(MimeUtility.encodeText(part.getFileName(), "UTF-8", null));
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        mime.setContent(mixed);
        return mime;
    }
}
