package al.rrjeti.campaigns.infrastructure;

import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionAttachment;
import al.rrjeti.campaigns.domain.PositionComment;
import al.rrjeti.campaigns.domain.PositionRepository;
import al.rrjeti.campaigns.domain.PositionStatus;
import al.rrjeti.campaigns.domain.PositionVersion;
import al.rrjeti.campaigns.domain.Signature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link PositionRepository} on the module's persistence unit. */
@ApplicationScoped
public class JpaPositionRepository implements PositionRepository {

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Override
    public void add(Position position) {
        em.persist(position);
        em.flush();
    }

    @Override
    public Optional<Position> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Position.class, id));
    }

    @Override
    public Optional<Position> lock(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Position.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Position> withStatus(List<PositionStatus> states) {
        return em.createQuery("SELECT p FROM CampaignPosition p WHERE p.status IN :s ORDER BY p.createdAt DESC, p.id DESC",
                Position.class).setParameter("s", states).getResultList();
    }

    @Override
    public void add(PositionVersion version) {
        em.persist(version);
    }

    @Override
    public List<PositionVersion> versions(Long positionId) {
        return em.createQuery("SELECT v FROM PositionVersion v WHERE v.positionId = :p ORDER BY v.number",
                PositionVersion.class).setParameter("p", positionId).getResultList();
    }

    @Override
    public Optional<PositionVersion> version(Long positionId, int number) {
        return em.createQuery("SELECT v FROM PositionVersion v WHERE v.positionId = :p AND v.number = :n",
                PositionVersion.class).setParameter("p", positionId).setParameter("n", number)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Signature signature) {
        em.persist(signature);
    }

    @Override
    public void remove(Signature signature) {
        em.remove(em.contains(signature) ? signature : em.merge(signature));
    }

    @Override
    public List<Signature> signatures(Long positionId) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.positionId = :p ORDER BY s.signedAt, s.id",
                Signature.class).setParameter("p", positionId).getResultList();
    }

    @Override
    public Optional<Signature> signature(Long positionId, Long organisationId) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.positionId = :p AND s.organisationId = :o",
                Signature.class).setParameter("p", positionId).setParameter("o", organisationId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(PositionComment comment) {
        em.persist(comment);
        em.flush();
    }

    @Override
    public Optional<PositionComment> lockComment(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(PositionComment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PositionComment> comments(Long positionId) {
        return em.createQuery("SELECT c FROM PositionComment c WHERE c.positionId = :p ORDER BY c.createdAt, c.id",
                PositionComment.class).setParameter("p", positionId).getResultList();
    }

    @Override
    public void add(PositionAttachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    @Override
    public void remove(PositionAttachment attachment) {
        em.remove(em.contains(attachment) ? attachment : em.merge(attachment));
    }

    @Override
    public List<PositionAttachment> attachments(Long positionId) {
        return em.createQuery("SELECT a FROM PositionAttachment a WHERE a.positionId = :p ORDER BY a.createdAt, a.id",
                PositionAttachment.class).setParameter("p", positionId).getResultList();
    }

    @Override
    public Optional<PositionAttachment> attachment(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(PositionAttachment.class, id));
    }

    @Override
    public Optional<PositionAttachment> attachmentOfFile(Long fileId) {
        return em.createQuery("SELECT a FROM PositionAttachment a WHERE a.fileId = :f", PositionAttachment.class)
                .setParameter("f", fileId).setMaxResults(1).getResultStream().findFirst();
    }
}
