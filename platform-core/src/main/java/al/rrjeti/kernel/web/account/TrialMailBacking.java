package al.rrjeti.kernel.web.account;

import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.MailRenderer;
import al.rrjeti.kernel.mail.Outbox;
import al.rrjeti.kernel.security.Account;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "trial: your mail" panel: on a trial installation without SMTP, the confirmation mail of
 * the account registered in this browser session, so a newcomer can confirm it. It lives in the
 * session that registered and nowhere else: no one can read another person's mail.
 */
@Named
@SessionScoped
public class TrialMailBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One mail as the panel shows it. */
    public record Shown(String subject, String to, String body) {
    }

    @Inject
    private Outbox outbox;

    private final List<Long> mine = new ArrayList<>();

    /** Called after this session registered the account: keeps its confirmation mail for the panel. */
    public void keepConfirmationOf(Account account) {
        outbox.trialConfirmation(account.getEmail()).map(MailMessage::getId).filter(id -> !mine.contains(id))
                .ifPresent(mine::add);
    }

    /** This session's mail, newest first; empty on a real installation. */
    public List<Shown> getMails() {
        List<Shown> shown = new ArrayList<>();
        for (int i = mine.size() - 1; i >= 0; i--) {
            Optional<MailMessage> m = outbox.trialMail(mine.get(i));
            m.ifPresent(x -> shown.add(new Shown(x.getSubject(), x.getRecipient(), MailRenderer.linkify(x.getText()))));
        }
        return shown;
    }
}
