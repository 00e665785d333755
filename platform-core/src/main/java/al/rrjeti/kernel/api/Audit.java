package al.rrjeti.kernel.api;

import al.rrjeti.kernel.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform's audit log as modules write to it: every change of rights, verification,
 * moderation decision and module state. Entries are never changed or removed.
 */
@ApplicationScoped
public class Audit {

    @Inject
    private AuditLog log;

    /**
     * @param actor   the acting person's {@link Caller#auditName()}, or {@code system}
     * @param action  dotted name prefixed with the module id, e.g. {@code forum.post.hidden}
     * @param subject what was acted on, e.g. {@code post 42}
     * @param detail  free text, may be null; never personal data beyond the actor
     */
    public void record(String actor, String action, String subject, String detail) {
        log.record(actor, action, subject, detail);
    }
}
