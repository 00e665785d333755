package al.rrjeti.forum.infrastructure;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the forum holds about a person: their threads, posts (with the pseudonym they used),
 * follows and reports. On erasure their follows and reports go; their public posts stay, shown
 * under "deleted account" (others' answers and quotes refer to them), pseudonyms included.
 */
@ApplicationScoped
public class ForumPersonalData implements PersonalData {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @PersistenceContext(unitName = "rrjeti-forum")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(Long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("threads", rows("SELECT t.id, t.title, t.space, t.pseudonym, t.createdAt FROM ForumThread t"
                + " WHERE t.authorId = :p ORDER BY t.id", personId, "id", "title", "space", "pseudonym", "createdAt"));
        data.put("posts", rows("SELECT p.id, p.threadId, p.number, p.pseudonym, p.body, p.status, p.createdAt, p.editedAt"
                + " FROM Post p WHERE p.authorId = :p ORDER BY p.id", personId, "id", "threadId", "number", "pseudonym",
                "markdown", "status", "createdAt", "editedAt"));
        data.put("follows", rows("SELECT f.threadId, f.categoryId FROM Follow f WHERE f.accountId = :p ORDER BY f.id",
                personId, "threadId", "categoryId"));
        data.put("reports", rows("SELECT r.postId, r.reason, r.createdAt, r.outcome FROM Report r"
                + " WHERE r.reporterId = :p ORDER BY r.id", personId, "postId", "reason", "createdAt", "outcome"));
        return data;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Long personId) {
        publicChange.fire(PublicContentChanged.of("forum"));
        em.createQuery("DELETE FROM Follow f WHERE f.accountId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM Report r WHERE r.reporterId = :p").setParameter("p", personId).executeUpdate();
    }

    private List<Map<String, Object>> rows(String jpql, Long personId, String... names) {
        return PersonalData.rows(em.createQuery(jpql, Object[].class).setParameter("p", personId).getResultList(), names);
    }
}
