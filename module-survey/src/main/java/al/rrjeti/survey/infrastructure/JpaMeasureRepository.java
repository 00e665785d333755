package al.rrjeti.survey.infrastructure;

import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.MeasureRepository;
import al.rrjeti.survey.domain.MeasureStat;
import al.rrjeti.survey.domain.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link MeasureRepository} over the module's persistence unit. */
@ApplicationScoped
public class JpaMeasureRepository implements MeasureRepository {

    @PersistenceContext(unitName = "rrjeti-survey")
    private EntityManager em;

    @Override
    public void add(Measure measure) {
        em.persist(measure);
        em.flush();
    }

    @Override
    public Optional<Measure> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Measure.class, id));
    }

    @Override
    public Optional<Measure> lock(Long id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(em.find(Measure.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Measure> all() {
        return em.createQuery("SELECT m FROM Measure m ORDER BY m.id DESC", Measure.class).getResultList();
    }

    @Override
    public List<Long> ids() {
        return em.createQuery("SELECT m.id FROM Measure m ORDER BY m.id", Long.class).getResultList();
    }

    @Override
    public Optional<Rating> rating(Long measureId, String raterKey) {
        return em.createQuery("SELECT r FROM Rating r WHERE r.measureId = :m AND r.raterKey = :k", Rating.class)
                .setParameter("m", measureId).setParameter("k", raterKey).getResultStream().findFirst();
    }

    @Override
    public List<Rating> ratingsKeyed(Collection<String> raterKeys) {
        if (raterKeys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Rating r WHERE r.raterKey IN :k ORDER BY r.measureId", Rating.class)
                .setParameter("k", raterKeys).getResultList();
    }

    @Override
    public void add(Rating rating) {
        em.persist(rating);
        em.flush();
    }

    @Override
    public void remove(Rating rating) {
        em.remove(rating);
    }

    @Override
    public Optional<MeasureStat> stat(Long measureId, Aspect aspect, String period) {
        return em.createQuery("SELECT s FROM MeasureStat s WHERE s.measureId = :m AND s.aspect = :a AND s.period = :p",
                MeasureStat.class).setParameter("m", measureId).setParameter("a", aspect).setParameter("p", period)
                .getResultStream().findFirst();
    }

    @Override
    public void add(MeasureStat stat) {
        em.persist(stat);
    }

    @Override
    public List<MeasureStat> stats(Long measureId) {
        return em.createQuery("SELECT s FROM MeasureStat s WHERE s.measureId = :m ORDER BY s.period, s.aspect",
                MeasureStat.class).setParameter("m", measureId).getResultList();
    }

    @Override
    public List<MeasureStat> overall() {
        return em.createQuery("SELECT s FROM MeasureStat s WHERE s.period = :p", MeasureStat.class)
                .setParameter("p", MeasureStat.ALL).getResultList();
    }

    @Override
    public Optional<Rating> rating(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Rating.class, id));
    }

    @Override
    public List<Rating> comments(Long measureId, al.rrjeti.survey.domain.Answer.TextStatus status, int first, int max) {
        return em.createQuery("SELECT r FROM Rating r WHERE r.measureId = :m AND r.commentStatus = :t"
                + " ORDER BY r.commentedOn DESC, r.id DESC", Rating.class).setParameter("m", measureId)
                .setParameter("t", status).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<Rating> pendingComments(int max) {
        return em.createQuery("SELECT r FROM Rating r WHERE r.commentStatus = :t ORDER BY r.commentedOn DESC, r.id DESC",
                Rating.class).setParameter("t", al.rrjeti.survey.domain.Answer.TextStatus.PENDING).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countPendingComments() {
        return em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.commentStatus = :t", Long.class)
                .setParameter("t", al.rrjeti.survey.domain.Answer.TextStatus.PENDING).getSingleResult();
    }
}
