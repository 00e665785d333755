package al.rrjeti.campaigns.infrastructure;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.Registration;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the campaigns module holds about a person: event registrations and campaign
 * subscriptions, which only concern them and go on erasure (a place freed goes to the first on the
 * waiting list, as when someone cancels). Positions drafted, signatures given and comments on
 * positions stay: they are the organisations' public acts, shown under "deleted account".
 *
 * <p>Documents attached to a position are the organisation's (its position's), like the text: no
 * person's id is kept with them (the audit log says who attached one), so an export does not list
 * them and an erasure leaves them, with their files, on the position. The module takes no reports
 * on positions' content (no moderation queue of its own); should one come, a document would be
 * judged, and removed, with its position, not with a person's data.
 */
@ApplicationScoped
public class CampaignsPersonalData implements PersonalData {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(Long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrations", rows("SELECT r.eventId, r.status, r.createdAt FROM Registration r"
                + " WHERE r.personId = :p ORDER BY r.id", personId, "eventId", "status", "createdAt"));
        data.put("subscriptions", rows("SELECT s.campaignId, s.createdAt FROM Subscription s"
                + " WHERE s.personId = :p ORDER BY s.id", personId, "campaignId", "createdAt"));
        data.put("topicsFollowed", rows("SELECT t.topic, t.createdAt FROM TopicSubscription t"
                + " WHERE t.personId = :p ORDER BY t.id", personId, "topic", "createdAt"));
        data.put("positionsDrafted", rows("SELECT x.id, x.title.sq, x.title.en, x.createdAt FROM CampaignPosition x"
                + " WHERE x.initiatorId = :p ORDER BY x.id", personId, "id", "titleSq", "titleEn", "createdAt"));
        data.put("signaturesGiven", rows("SELECT s.positionId, s.organisationId, s.signedAt FROM Signature s"
                + " WHERE s.signerId = :p ORDER BY s.id", personId, "positionId", "organisationId", "signedAt"));
        data.put("commentsWritten", rows("SELECT c.positionId, c.versionNumber, c.language, c.paragraph, c.body,"
                + " c.proposedText, c.status, c.createdAt FROM PositionComment c WHERE c.authorId = :p ORDER BY c.id",
                personId, "positionId", "version", "language", "paragraph", "body", "proposedText", "status", "createdAt"));
        return data;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Long personId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        List<Long> freed = em.createQuery("SELECT r.eventId FROM Registration r WHERE r.personId = :p AND r.status = :s",
                Long.class).setParameter("p", personId).setParameter("s", RegistrationStatus.REGISTERED).getResultList();
        em.createQuery("DELETE FROM Registration r WHERE r.personId = :p").setParameter("p", personId).executeUpdate();
        freed.forEach(this::fillFreedPlaces);
        em.createQuery("DELETE FROM Subscription s WHERE s.personId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM TopicSubscription t WHERE t.personId = :p").setParameter("p", personId)
                .executeUpdate();
    }

    private void fillFreedPlaces(Long eventId) {
        CampaignEvent event = em.find(CampaignEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        long registered = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.eventId = :e AND r.status = :s",
                Long.class).setParameter("e", eventId).setParameter("s", RegistrationStatus.REGISTERED).getSingleResult();
        List<Registration> waiting = em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :e AND r.status = :s"
                + " ORDER BY r.createdAt, r.id", Registration.class).setParameter("e", eventId)
                .setParameter("s", RegistrationStatus.WAITING).getResultList();
        for (Registration next : waiting) {
            if (!event.hasRoomAfter(registered)) {
                break;
            }
            next.promote();
            registered++;
            notifier.notify(next.getPersonId(), CampaignsModule.PROMOTED, new NotificationText(CampaignsModule.MESSAGES,
                    CampaignsModule.class.getClassLoader(), "campaigns.notification.promoted.title",
                    "campaigns.notification.promoted.body", "/campaigns/event.xhtml?id=" + eventId,
                    event.getTitle().in(Language.SQ.locale())));
        }
    }

    private List<Map<String, Object>> rows(String jpql, Long personId, String... names) {
        List<Object[]> result = em.createQuery(jpql, Object[].class).setParameter("p", personId).getResultList();
        return PersonalData.rows(result, names).stream().map(CampaignsPersonalData::jsonReady).toList();
    }

    /** Enums and instants as text, as the export's JSON wants them. */
    private static Map<String, Object> jsonReady(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, v instanceof Enum<?> || v instanceof java.time.temporal.Temporal
                ? v.toString() : v));
        return out;
    }
}
