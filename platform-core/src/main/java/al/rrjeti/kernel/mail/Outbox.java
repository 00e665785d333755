package al.rrjeti.kernel.mail;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Reading the stored mail: the operator always; anyone on a trial installation without SMTP. */
@ApplicationScoped
public class Outbox {

    @Inject
    private Mailer mailer;

    @Inject
    private MailSettings settings;

    @Inject
    private CurrentUser caller;

    public boolean mayRead() {
        return caller.isOperator() || settings.outboxPublic();
    }

    public boolean isPublic() {
        return settings.outboxPublic();
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
