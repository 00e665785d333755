package al.rrjeti.kernel.audit;

import al.rrjeti.kernel.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The platform's audit trail: every change of rights, verification, moderation and module
 * state is recorded here, in the caller's transaction, so it exists exactly when the change does.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private PlatformClock clock;

    /**
     * @param actor   e-mail of the account that acted, or {@code system}
     * @param action  dotted name, e.g. {@code module.disabled}
     * @param subject what was acted on, e.g. the module id
     * @param detail  free text, may be null; never personal data beyond the actor
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry record(String actor, String action, String subject, String detail) {
        AuditEntry entry = new AuditEntry(clock.now(), actor, action, subject, truncate(detail));
        em.persist(entry);
        return entry;
    }

    /** The newest entries first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(String actionPrefix, int max) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.action LIKE :p ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setParameter("p", actionPrefix + "%")
                .setMaxResults(max)
                .getResultList();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }
}
