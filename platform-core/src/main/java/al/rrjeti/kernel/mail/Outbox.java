package al.rrjeti.kernel.mail;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reading the stored mail: the operator only. On a trial installation without SMTP
 * ({@code rrjeti.mail.outbox.public}) a newcomer also sees the confirmation mail of the account
 * they have just registered, in their own browser session and nowhere else; a password reset,
 * an invitation or anyone else's mail is never shown to anyone but the operator.
 */
@ApplicationScoped
public class Outbox {

    /** The page a registration's confirmation link opens (see {@code Registration}). */
    private static final String CONFIRMATION_LINK = "/account/verify.xhtml?token=";

    @Inject
    private Mailer mailer;

    @Inject
    private MailSettings settings;

    @Inject
    private CurrentUser caller;

    public boolean mayRead() {
        return caller.isOperator();
    }

    /** A trial installation: no SMTP, and newcomers see their own confirmation mail. */
    public boolean isTrial() {
        return settings.outboxPublic();
    }

    /**
     * On a trial installation, the confirmation mail just written to a newly registered address:
     * the newest mail to it that carries a confirmation link. Nothing on a real installation.
     */
    public Optional<MailMessage> trialConfirmation(String email) {
        if (!settings.outboxPublic()) {
            return Optional.empty();
        }
        return mailer.latestTo(email, 5).stream().filter(m -> m.getStatus() == MailStatus.OUTBOX)
                .filter(m -> m.getText().contains(CONFIRMATION_LINK)).findFirst();
    }

    /** A mail the caller's session was given by {@link #trialConfirmation}, while the installation is a trial. */
    public Optional<MailMessage> trialMail(Long id) {
        if (!settings.outboxPublic() || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mailer.find(id)).filter(m -> m.getText().contains(CONFIRMATION_LINK));
    }

    public List<MailMessage> latest() {
        requireReader();
        return mailer.latest(100);
    }

    public Optional<MailMessage> find(Long id) {
        requireReader();
        return Optional.ofNullable(id == null ? null : mailer.find(id));
    }

    private void requireReader() {
        if (!mayRead()) {
            throw new AccessDeniedException();
        }
    }
}
