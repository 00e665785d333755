package al.rrjeti.campaigns.infrastructure;

import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the campaigns module holds about a person: event registrations and campaign
 * subscriptions, which only concern them and go on erasure (a place freed is not handed on here:
 * the account is leaving, and the organiser sees the list as it is). Positions drafted and
 * signatures given stay: they are the organisations' public acts, shown under "deleted account".
 */
@ApplicationScoped
public class CampaignsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(Long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrations", rows("SELECT r.eventId, r.status, r.createdAt FROM Registration r"
                + " WHERE r.personId = :p ORDER BY r.id", personId, "eventId", "status", "createdAt"));
        data.put("subscriptions", rows("SELECT s.campaignId, s.createdAt FROM Subscription s"
                + " WHERE s.personId = :p ORDER BY s.id", personId, "campaignId", "createdAt"));
        data.put("positionsDrafted", rows("SELECT x.id, x.titleSq, x.titleEn, x.createdAt FROM CampaignPosition x"
                + " WHERE x.initiatorId = :p ORDER BY x.id", personId, "id", "titleSq", "titleEn", "createdAt"));
        data.put("signaturesGiven", rows("SELECT s.positionId, s.organisationId, s.signedAt FROM Signature s"
                + " WHERE s.signerId = :p ORDER BY s.id", personId, "positionId", "organisationId", "signedAt"));
        return data;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Long personId) {
        em.createQuery("DELETE FROM Registration r WHERE r.personId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM Subscription s WHERE s.personId = :p").setParameter("p", personId).executeUpdate();
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
