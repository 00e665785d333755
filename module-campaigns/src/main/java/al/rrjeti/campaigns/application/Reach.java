package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A campaign's reach (followers, registrations, page views), for its organisers and editors only. */
@ApplicationScoped
public class Reach {

    /** How many days the chart covers. */
    public static final int DAYS = 30;

    @Inject
    private CampaignRepository repository;

    @Inject
    private OrganiserEdits organisers;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    /** @throws al.rrjeti.kernel.api.AccessDeniedException unless the caller organises the campaign */
    public ReachFigures of(Long campaignId) {
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        organisers.requireOrganiserOf(c);
        long registered = 0;
        long waiting = 0;
        for (var e : repository.eventsOf(campaignId)) {
            registered += repository.count(e.getId(), RegistrationStatus.REGISTERED);
            waiting += repository.count(e.getId(), RegistrationStatus.WAITING);
        }
        LocalDate today = clock.now().atZone(dateTimes.zone()).toLocalDate();
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> byDay = new HashMap<>();
        long total = 0;
        for (Object row : em.createNativeQuery("SELECT view_day, views FROM campaigns_page_view WHERE campaign_id = ?")
                .setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate day = ((java.sql.Date) r[0]).toLocalDate();
            long views = ((Number) r[1]).longValue();
            total += views;
            if (!day.isBefore(first)) {
                byDay.merge(day, views, Long::sum);
            }
        }
        Instant since = first.atStartOfDay(dateTimes.zone()).toInstant();
        Map<LocalDate, Long> followers = perDay(em.createQuery("SELECT s.createdAt FROM Subscription s"
                + " WHERE s.campaignId = :c AND s.createdAt >= :since", Instant.class)
                .setParameter("c", campaignId).setParameter("since", since).getResultList());
        Map<LocalDate, Long> registrations = perDay(em.createQuery("SELECT r.createdAt FROM Registration r,"
                + " CampaignEvent e WHERE r.eventId = e.id AND e.campaignId = :c AND r.createdAt >= :since", Instant.class)
                .setParameter("c", campaignId).setParameter("since", since).getResultList());
        List<ReachFigures.DayViews> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new ReachFigures.DayViews(d, byDay.getOrDefault(d, 0L), followers.getOrDefault(d, 0L),
                    registrations.getOrDefault(d, 0L)));
        }
        return new ReachFigures(repository.subscribers(campaignId), registered, waiting, total, days);
    }

    /** Moments counted by their day in the platform's time zone. */
    private Map<LocalDate, Long> perDay(List<Instant> moments) {
        Map<LocalDate, Long> byDay = new HashMap<>();
        moments.forEach(m -> byDay.merge(m.atZone(dateTimes.zone()).toLocalDate(), 1L, Long::sum));
        return byDay;
    }
}
