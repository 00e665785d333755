package al.rrjeti.kernel.audit;

import al.rrjeti.kernel.api.PlatformClock;
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

    /**
     * The audit viewer's search: newest first, each filter optional.
     *
     * @param actor  part of the actor's e-mail
     * @param action the start of the action, e.g. {@code organisation.}
     * @param from   first instant included
     * @param to     first instant excluded
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(String actor, String action, Instant from, Instant to, int max) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        boolean byActor = actor != null && !actor.isBlank();
        boolean byAction = action != null && !action.isBlank();
        if (byActor) {
            jpql.append(" AND LOWER(a.actor) LIKE :actor");
        }
        if (byAction) {
            jpql.append(" AND a.action LIKE :action");
        }
        if (from != null) {
            jpql.append(" AND a.at >= :from");
        }
        if (to != null) {
            jpql.append(" AND a.at < :to");
        }
        var q = em.createQuery(jpql.append(" ORDER BY a.at DESC, a.id DESC").toString(), AuditEntry.class);
        if (byActor) {
            q.setParameter("actor", "%" + actor.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (byAction) {
            q.setParameter("action", action.strip() + "%");
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.setMaxResults(max).getResultList();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }
}
