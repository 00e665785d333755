package al.rrjeti.campaigns.infrastructure;

import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignCard;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.EventListing;
import al.rrjeti.campaigns.domain.Material;
import al.rrjeti.campaigns.domain.Newsletter;
import al.rrjeti.campaigns.domain.Registration;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.campaigns.domain.Subscription;
import al.rrjeti.campaigns.domain.TopicSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CampaignRepository} on the module's persistence unit. */
@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
        em.flush();
    }

    @Override
    public Optional<Campaign> campaign(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Campaign.class, id));
    }

    @Override
    public List<Campaign> campaigns() {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.startsOn DESC, c.id DESC", Campaign.class)
                .getResultList();
    }

    @Override
    public List<CampaignCard> cards() {
        return cards(0, Integer.MAX_VALUE);
    }

    @Override
    public List<CampaignCard> cards(int first, int max) {
        return em.createQuery("SELECT NEW al.rrjeti.campaigns.domain.CampaignCard(c.id, c.title.sq, c.title.en,"
                + " c.goal.sq, c.goal.en, c.audience, c.startsOn, c.endsOn, c.organisationId) FROM Campaign c"
                + " ORDER BY c.startsOn DESC, c.id DESC", CampaignCard.class).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long campaignCount() {
        return em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult();
    }

    @Override
    public void add(CampaignEvent event) {
        em.persist(event);
        em.flush();
    }

    @Override
    public Optional<CampaignEvent> event(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(CampaignEvent.class, id));
    }

    @Override
    public Optional<CampaignEvent> lockEvent(Long id) {
        return Optional.ofNullable(id == null ? null
                : em.find(CampaignEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CampaignEvent> events(Instant from, Instant to) {
        return em.createQuery("SELECT e FROM CampaignEvent e WHERE e.startsAt >= :f AND e.startsAt < :t"
                + " ORDER BY e.startsAt, e.id", CampaignEvent.class).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }

    @Override
    public List<CampaignEvent> eventsOf(Long campaignId) {
        return em.createQuery("SELECT e FROM CampaignEvent e WHERE e.campaignId = :c ORDER BY e.startsAt, e.id",
                CampaignEvent.class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public List<EventListing> listings(Instant from, Instant to, int max) {
        return em.createQuery("SELECT NEW al.rrjeti.campaigns.domain.EventListing(e.id, e.title.sq, e.title.en,"
                + " e.startsAt, e.zone, e.place, e.cancelledAt) FROM CampaignEvent e WHERE e.startsAt >= :f AND e.startsAt < :t"
                + " ORDER BY e.startsAt, e.id", EventListing.class).setParameter("f", from).setParameter("t", to)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, Map<RegistrationStatus, Long>> counts(Instant from, Instant to) {
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        em.createQuery("SELECT r.eventId, r.status, COUNT(r) FROM Registration r, CampaignEvent e WHERE e.id = r.eventId"
                + " AND e.startsAt >= :f AND e.startsAt < :t GROUP BY r.eventId, r.status", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(RegistrationStatus.class))
                        .put((RegistrationStatus) row[1], (Long) row[2]));
        return counts;
    }

    @Override
    public void add(Registration registration) {
        em.persist(registration);
        em.flush();
    }

    @Override
    public void remove(Registration registration) {
        em.remove(em.contains(registration) ? registration : em.merge(registration));
        em.flush();
    }

    @Override
    public Optional<Registration> registration(Long eventId, Long personId) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :e AND r.personId = :p",
                Registration.class).setParameter("e", eventId).setParameter("p", personId)
                .getResultStream().findFirst();
    }

    @Override
    public long count(Long eventId, RegistrationStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.eventId = :e AND r.status = :s", Long.class)
                .setParameter("e", eventId).setParameter("s", status).getSingleResult();
    }

    @Override
    public List<Long> registrantIds(Long eventId) {
        return em.createQuery("SELECT r.personId FROM Registration r WHERE r.eventId = :e ORDER BY r.id", Long.class)
                .setParameter("e", eventId).getResultList();
    }

    @Override
    public List<Registration> waiting(Long eventId) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :e AND r.status = :s"
                + " ORDER BY r.createdAt, r.id", Registration.class).setParameter("e", eventId)
                .setParameter("s", RegistrationStatus.WAITING).getResultList();
    }

    @Override
    public List<Registration> dueReminders(Instant from, Instant to) {
        return em.createQuery("SELECT r FROM Registration r, CampaignEvent e WHERE e.id = r.eventId"
                + " AND r.status = :s AND r.remindedAt IS NULL AND e.cancelledAt IS NULL AND e.startsAt > :f AND e.startsAt <= :t"
                + " ORDER BY e.startsAt, r.id", Registration.class).setParameter("s", RegistrationStatus.REGISTERED)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public boolean markReminded(Long registrationId, Instant at) {
        // One conditional update: two runs racing over the same row cannot both send.
        return em.createQuery("UPDATE Registration r SET r.remindedAt = :at WHERE r.id = :id AND r.remindedAt IS NULL")
                .setParameter("at", at).setParameter("id", registrationId).executeUpdate() == 1;
    }

    @Override
    public void resetReminders(Long eventId) {
        em.createQuery("UPDATE Registration r SET r.remindedAt = NULL WHERE r.eventId = :e")
                .setParameter("e", eventId).executeUpdate();
    }

    @Override
    public List<String> topicsOf(Long personId) {
        return em.createQuery("SELECT t.topic FROM TopicSubscription t WHERE t.personId = :p ORDER BY t.id", String.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public void add(TopicSubscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    @Override
    public void removeTopic(Long personId, String topic) {
        em.createQuery("DELETE FROM TopicSubscription t WHERE t.personId = :p AND t.topic = :t")
                .setParameter("p", personId).setParameter("t", topic).executeUpdate();
    }

    @Override
    public List<Long> topicFollowerIds(List<String> topics) {
        return topics.isEmpty() ? List.of() : em.createQuery("SELECT DISTINCT t.personId FROM TopicSubscription t"
                + " WHERE t.topic IN :t", Long.class).setParameter("t", topics).getResultList();
    }

    @Override
    public void add(Newsletter newsletter) {
        em.persist(newsletter);
        em.flush();
    }

    @Override
    public List<Newsletter> newsletters(Long campaignId) {
        return em.createQuery("SELECT n FROM Newsletter n WHERE n.campaignId = :c ORDER BY n.sentAt DESC, n.id DESC",
                Newsletter.class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public void add(Material material) {
        em.persist(material);
        em.flush();
    }

    @Override
    public List<Material> materials(Long campaignId) {
        return em.createQuery("SELECT m FROM Material m WHERE m.campaignId = :c ORDER BY m.id", Material.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public void removeMaterial(Long campaignId, String documentId) {
        em.createQuery("DELETE FROM Material m WHERE m.campaignId = :c AND m.documentId = :d")
                .setParameter("c", campaignId).setParameter("d", documentId).executeUpdate();
    }

    @Override
    public void add(Subscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    @Override
    public void remove(Subscription subscription) {
        em.remove(em.contains(subscription) ? subscription : em.merge(subscription));
    }

    @Override
    public Optional<Subscription> subscription(Long campaignId, Long personId) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.campaignId = :c AND s.personId = :p",
                Subscription.class).setParameter("c", campaignId).setParameter("p", personId)
                .getResultStream().findFirst();
    }

    @Override
    public long subscribers(Long campaignId) {
        return em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    @Override
    public List<Long> subscriberIds(Long campaignId) {
        return em.createQuery("SELECT s.personId FROM Subscription s WHERE s.campaignId = :c ORDER BY s.id", Long.class)
                .setParameter("c", campaignId).getResultList();
    }
}
