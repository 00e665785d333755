package al.rrjeti.kernel.audit;

import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The audit log as moderators and operators read it. */
@ApplicationScoped
public class AuditReview {

    static final int PAGE = 200;

    @Inject
    private CurrentUser caller;

    @Inject
    private AuditLog log;

    public List<AuditEntry> search(String actor, String action, Instant from, Instant to) {
        caller.requireModerator();
        return log.search(actor, action, from, to, PAGE);
    }
}
