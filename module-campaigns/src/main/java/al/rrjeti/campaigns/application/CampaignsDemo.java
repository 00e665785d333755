package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Addressee;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionText;
import al.rrjeti.campaigns.domain.PositionVersion;
import al.rrjeti.campaigns.domain.PublicationRule;
import al.rrjeti.kernel.api.DemoContent;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import al.rrjeti.kernel.api.i18n.BilingualText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The module's demonstration content on a trial installation, so that a fresh platform is not
 * empty: a campaign of the demonstration CSO with two coming activities, and a joint position
 * open for signature addressed to the demonstration institution; in both languages, each title
 * saying it is a demonstration. One operator action removes it all.
 */
@ApplicationScoped
public class CampaignsDemo {

    private static final String CAMPAIGN = "campaign";
    private static final String EVENT = "event";
    private static final String POSITION = "position";

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Inject
    private DemoContent demo;

    @Inject
    private PlatformClock clock;

    @Inject
    private CampaignsSettings settings;

    @Transactional
    public void seed() {
        var cso = demo.organisation(OrganisationType.CSO);
        if (!ids(CAMPAIGN).isEmpty() || cso.isEmpty() || cso.get().representativeAccountId() == null) {
            return;
        }
        Long org = cso.get().id();
        Long rep = cso.get().representativeAccountId();
        Instant now = clock.now();
        ZoneId zone = settings.eventZone();
        LocalDate today = now.atZone(zone).toLocalDate();

        Campaign c = new Campaign(BilingualText.of("Java e integritetit në shkolla (demonstrim)",
                "Integrity week in schools (demonstration)"), BilingualText.of(
                "Të rinjtë të njohin si raportohet korrupsioni dhe ku gjejnë ndihmë.",
                "Young people learn how corruption is reported and where to find help."), BilingualText.of(
                "Fushatë shembull për të provuar platformën: takime në shkolla të mesme dhe një seminar në internet.\n\n"
                        + "*Kjo fushatë është demonstrim.*",
                "A sample campaign for trying the platform: meetings in secondary schools and an online seminar.\n\n"
                        + "*This campaign is a demonstration.*"),
                CampaignAudience.YOUTH, today, today.plusDays(45), org, rep, now);
        em.persist(c);
        em.flush();
        record(CAMPAIGN, c.getId());

        CampaignEvent meeting = new CampaignEvent(c.getId(), BilingualText.of("Takim me nxënësit në Tiranë (demonstrim)",
                "Meeting pupils in Tirana (demonstration)"), BilingualText.of("Si të raportoni korrupsionin në shkollë.",
                "How to report corruption at school."), today.plusDays(14).atTime(10, 0).atZone(zone).toInstant(),
                today.plusDays(14).atTime(12, 0).atZone(zone).toInstant(), zone, "Tiranë, Shkolla e mesme shembull",
                null, org, 40, rep, now);
        CampaignEvent webinar = new CampaignEvent(c.getId(), BilingualText.of("Seminar në internet për mësuesit (demonstrim)",
                "Online seminar for teachers (demonstration)"), BilingualText.of("Materiale për orën e edukimit qytetar.",
                "Materials for the civic education class."), today.plusDays(30).atTime(17, 0).atZone(zone).toInstant(),
                today.plusDays(30).atTime(18, 30).atZone(zone).toInstant(), zone, null,
                "https://example.org/demo-seminar", org, null, rep, now);
        for (CampaignEvent e : List.of(meeting, webinar)) {
            em.persist(e);
            em.flush();
            record(EVENT, e.getId());
        }

        String institutionName = demo.organisation(OrganisationType.INSTITUTION).map(i -> i.name())
                .orElse("Ministria shembull");
        Long institutionId = demo.organisation(OrganisationType.INSTITUTION).map(i -> i.id()).orElse(null);
        PositionText text = new PositionText("Për publikimin e plotë të kontratave publike (demonstrim)",
                "For the full publication of public contracts (demonstration)",
                "Kërkojmë që çdo kontratë publike të publikohet e plotë brenda 10 ditëve nga nënshkrimi.\n\n"
                        + "Publikimi të përfshijë ndryshimet e kontratës dhe pagesat e kryera.\n\n"
                        + "*Qëndrim i përbashkët demonstrues.*",
                "We ask that every public contract be published in full within 10 days of its signature.\n\n"
                        + "Publication should include the contract's amendments and the payments made.\n\n"
                        + "*A demonstration joint position.*");
        Position p = new Position(org, rep, text, new Addressee("Ligji nr. 162/2020 për prokurimin publik",
                institutionName, "demo-institution@example.org", institutionId), new PublicationRule(3, null), now);
        em.persist(p);
        em.flush();
        em.persist(new PositionVersion(p.getId(), p.getVersionNumber(), p.text(), rep, now));
        p.open();
        record(POSITION, p.getId());
    }

    /** Removes the demonstration items with whatever people added to them; returns how many items. */
    @Transactional
    public int remove() {
        List<Long> positions = ids(POSITION);
        List<Long> events = ids(EVENT);
        List<Long> campaigns = ids(CAMPAIGN);
        for (Long id : positions) {
            for (String table : List.of("campaigns_position_comment", "campaigns_signature", "campaigns_position_version")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE position_id = ?1").setParameter(1, id).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM campaigns_position WHERE id = ?1").setParameter(1, id).executeUpdate();
        }
        for (Long id : events) {
            em.createNativeQuery("DELETE FROM campaigns_registration WHERE event_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM campaigns_event WHERE id = ?1").setParameter(1, id).executeUpdate();
        }
        for (Long id : campaigns) {
            for (String table : List.of("campaigns_subscription", "campaigns_newsletter", "campaigns_material",
                    "campaigns_page_view")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE campaign_id = ?1").setParameter(1, id)
                        .executeUpdate();
            }
            em.createNativeQuery("UPDATE campaigns_event SET campaign_id = NULL WHERE campaign_id = ?1").setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM campaigns_campaign WHERE id = ?1").setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM campaigns_demo").executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return positions.size() + events.size() + campaigns.size();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String kind) {
        return ((List<Number>) em.createNativeQuery("SELECT ref_id FROM campaigns_demo WHERE kind = ?1 ORDER BY ref_id")
                .setParameter(1, kind).getResultList()).stream().map(Number::longValue).toList();
    }

    private void record(String kind, Long id) {
        em.createNativeQuery("INSERT INTO campaigns_demo (kind, ref_id) VALUES (?1, ?2)").setParameter(1, kind)
                .setParameter(2, id).executeUpdate();
    }
}
