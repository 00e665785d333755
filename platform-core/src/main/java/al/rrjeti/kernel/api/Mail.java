package al.rrjeti.kernel.api;

import al.rrjeti.kernel.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mail to an address that is not (only) a person of the platform, e.g. an institution's official
 * address, or mail a module sends on a person's own request (an invitation's {@code .ics}, a
 * newsletter they subscribed to). People are told of events through {@link Notifier}, which
 * respects their choices. Without an SMTP server the mail waits in the operator's outbox.
 */
@ApplicationScoped
public class Mail {

    @Inject
    private Mailer mailer;

    /** Sends (or queues) a plain-text mail, in the caller's transaction. */
    public void send(String to, Locale language, String subject, String text) {
        mailer.send(to, language, subject, text);
    }

    /**
     * Sends (or queues) a mail with files and a mailing list's headers, in the caller's transaction
     * (nothing leaves before it commits). {@code headers} may hold only {@code List-Unsubscribe},
     * {@code List-Unsubscribe-Post} (RFC 8058: {@code List-Unsubscribe=One-Click}) and {@code List-Id},
     * one line each; anything else, or attachments above {@link MailAttachment#MAX_TOTAL_BYTES}
     * together, is refused with {@link IllegalArgumentException}.
     */
    public void send(String to, Locale language, String subject, String text, List<MailAttachment> attachments,
            Map<String, String> headers) {
        mailer.send(to, language, subject, text, List.copyOf(attachments), Map.copyOf(headers));
    }
}
