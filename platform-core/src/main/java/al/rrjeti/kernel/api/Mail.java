package al.rrjeti.kernel.api;

import al.rrjeti.kernel.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Mail to an address that is not (only) a person of the platform, e.g. an institution's official
 * address. People are told through {@link Notifier}, which respects their choices. Without an
 * SMTP server the mail waits in the operator's outbox.
 */
@ApplicationScoped
public class Mail {

    @Inject
    private Mailer mailer;

    /** Sends (or queues) a plain-text mail, in the caller's transaction. */
    public void send(String to, Locale language, String subject, String text) {
        mailer.send(to, language, subject, text);
    }
}
