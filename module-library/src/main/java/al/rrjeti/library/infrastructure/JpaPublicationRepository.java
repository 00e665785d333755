package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.PublicationStatus;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link PublicationRepository} in JPA, on the library's own persistence unit. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaPublicationRepository implements PublicationRepository {

    /** Download counts show on public pages: anonymous readers' cached pages go when one changes. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Override
    public Optional<Publication> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Publication.class, id));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Publication publication) {
        em.persist(publication);
        em.flush();
    }

    @Override
    public List<Publication> published(PublicationQuery q) {
        String order = switch (q.sort()) {
            case NEWEST -> " ORDER BY p.publishedOn DESC, p.id DESC";
            case OLDEST -> " ORDER BY p.publishedOn, p.id";
            case TITLE -> " ORDER BY p.sortTitle, p.id";
        };
        TypedQuery<Publication> query = bind(em.createQuery("SELECT p FROM Publication p" + where(q, null) + order,
                Publication.class), q, null);
        // The topics and organisations of the whole page in two more statements, not two per publication.
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "p.topicIds");
        query.setHint("eclipselink.batch", "p.organisationIds");
        return query.setFirstResult(q.page() * q.pageSize()).setMaxResults(q.pageSize()).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> newestRelated(Long topicId, Long organisationId, Long except, int max) {
        boolean byTopic = topicId != null;
        if (!byTopic && organisationId == null) {
            return List.of();
        }
        String sql = byTopic
                ? "SELECT t.publication_id FROM library_publication_topic t JOIN library_publication p"
                        + " ON p.id = t.publication_id WHERE t.topic_id = ? AND p.status = ? AND p.id <> ?"
                        + " ORDER BY t.publication_id DESC FETCH FIRST " + max + " ROWS ONLY"
                : "SELECT o.publication_id FROM library_publication_org o JOIN library_publication p"
                        + " ON p.id = o.publication_id WHERE o.organisation_id = ? AND p.status = ? AND p.id <> ?"
                        + " ORDER BY o.publication_id DESC FETCH FIRST " + max + " ROWS ONLY";
        List<Object> ids = em.createNativeQuery(sql).setParameter(1, byTopic ? topicId : organisationId)
                .setParameter(2, PublicationStatus.PUBLISHED.name()).setParameter(3, except).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public long countPublished(PublicationQuery q) {
        return bind(em.createQuery("SELECT COUNT(p) FROM Publication p" + where(q, null), Long.class), q, null)
                .getSingleResult();
    }

    @Override
    public Map<Object, Long> facet(String facet, PublicationQuery q) {
        String select = switch (facet) {
            case "kind" -> "SELECT p.kind, COUNT(p) FROM Publication p";
            case "language" -> "SELECT p.documentLanguage, COUNT(p) FROM Publication p";
            case "year" -> "SELECT EXTRACT(YEAR FROM p.publishedOn), COUNT(p) FROM Publication p";
            case "topic" -> "SELECT t, COUNT(p) FROM Publication p JOIN p.topicIds t";
            case "organisation" -> "SELECT o, COUNT(p) FROM Publication p JOIN p.organisationIds o";
            default -> throw new IllegalArgumentException(facet);
        };
        String group = switch (facet) {
            case "kind" -> " GROUP BY p.kind";
            case "language" -> " GROUP BY p.documentLanguage";
            case "year" -> " GROUP BY EXTRACT(YEAR FROM p.publishedOn)";
            case "topic" -> " GROUP BY t";
            default -> " GROUP BY o";
        };
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (Object[] row : bind(em.createQuery(select + where(q, facet) + group, Object[].class), q, facet)
                .getResultList()) {
            counts.put(row[0] instanceof Number n && "year".equals(facet) ? n.intValue() : row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The filters of the query, leaving out the facet being counted. Conditions are added, not made optional. */
    private static String where(PublicationQuery q, String except) {
        StringBuilder w = new StringBuilder(" WHERE p.status = :published");
        if (q.kind() != null && !"kind".equals(except)) {
            w.append(" AND p.kind = :kind");
        }
        if (q.topicId() != null && !"topic".equals(except)) {
            w.append(" AND :topic MEMBER OF p.topicIds");
        }
        if (q.organisationId() != null && !"organisation".equals(except)) {
            w.append(" AND :organisation MEMBER OF p.organisationIds");
        }
        if (q.year() != null && !"year".equals(except)) {
            w.append(" AND p.publishedOn >= :from AND p.publishedOn < :to");
        }
        if (q.language() != null && !"language".equals(except)) {
            w.append(" AND p.documentLanguage = :language");
        }
        if (q.text() != null && !q.text().isBlank()) {
            w.append(" AND (LOWER(p.title.sq) LIKE :text OR LOWER(p.title.en) LIKE :text"
                    + " OR LOWER(p.summary.sq) LIKE :text OR LOWER(p.summary.en) LIKE :text)");
        }
        return w.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, PublicationQuery q, String except) {
        query.setParameter("published", PublicationStatus.PUBLISHED);
        if (q.kind() != null && !"kind".equals(except)) {
            query.setParameter("kind", q.kind());
        }
        if (q.topicId() != null && !"topic".equals(except)) {
            query.setParameter("topic", q.topicId());
        }
        if (q.organisationId() != null && !"organisation".equals(except)) {
            query.setParameter("organisation", q.organisationId());
        }
        if (q.year() != null && !"year".equals(except)) {
            query.setParameter("from", LocalDate.of(q.year(), 1, 1)).setParameter("to", LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.language() != null && !"language".equals(except)) {
            query.setParameter("language", q.language());
        }
        if (q.text() != null && !q.text().isBlank()) {
            query.setParameter("text", "%" + q.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }

    @Override
    public List<Publication> withStatus(PublicationStatus status) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.status = :s ORDER BY p.createdAt", Publication.class)
                .setParameter("s", status).getResultList();
    }

    @Override
    public long countWithStatus(PublicationStatus status) {
        return em.createQuery("SELECT COUNT(p) FROM Publication p WHERE p.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    @Override
    public List<Publication> submittedBy(Long accountId) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.submittedBy = :a ORDER BY p.createdAt DESC",
                Publication.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<PublicationFile> files(Long publicationId) {
        return em.createQuery("SELECT f FROM PublicationFile f WHERE f.publicationId = :p ORDER BY f.series, f.version",
                PublicationFile.class).setParameter("p", publicationId).getResultList();
    }

    @Override
    public Optional<PublicationFile> file(Long libraryFileId) {
        return Optional.ofNullable(libraryFileId == null ? null : em.find(PublicationFile.class, libraryFileId));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PublicationFile file) {
        em.persist(file);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void countDownload(Long libraryFileId) {
        publicChange.fire(PublicContentChanged.of("library"));
        em.createQuery("UPDATE PublicationFile f SET f.downloads = f.downloads + 1 WHERE f.id = :id")
                .setParameter("id", libraryFileId).executeUpdate();
    }

    @Override
    public Optional<Publication> owningFile(Long storedFileId) {
        return em.createQuery("SELECT f.publicationId FROM PublicationFile f WHERE f.fileId = :s"
                        + " OR f.captionsFileId = :s OR f.captionsEnFileId = :s", Long.class)
                .setParameter("s", storedFileId).setMaxResults(1).getResultStream().findFirst()
                .flatMap(this::find);
    }

    @Override
    public List<Topic> topics() {
        return em.createQuery("SELECT t FROM Topic t ORDER BY t.id", Topic.class).getResultList();
    }

    @Override
    public Optional<Topic> topic(String code) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.code = :c", Topic.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Topic topic) {
        em.persist(topic);
    }
}
