package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Views of campaign pages, counted without defeating the kernel's page cache: the page, served
 * from memory to anonymous readers, asks the reader's browser to send a small POST without
 * cookies (a beacon); nothing personal is kept, only a count per campaign and day. Counts wait in
 * memory and are written once a minute by one job (no row contention at busy times; a restart
 * loses at most a minute of counts). Each client address counts at most
 * {@link #PER_ADDRESS} views an hour, so a script cannot inflate the figures cheaply.
 */
@ApplicationScoped
public class PageViews {

    static final RateLimit PER_ADDRESS = RateLimit.of("campaigns.views", 30, Duration.ofHours(1));

    /** Distinct campaign-days waiting at most; beyond it new ones are dropped until the next write. */
    private static final int MAX_PENDING = 5_000;

    private record Day(Long campaignId, LocalDate day) {
    }

    private final Map<Day, LongAdder> pending = new ConcurrentHashMap<>();

    @Inject
    private RateLimits limits;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    /**
     * Counts one view of the campaign's page from this client address.
     *
     * @throws al.rrjeti.kernel.api.limits.RateLimitedException when the address counted enough this hour
     */
    public void count(Long campaignId, String clientAddress) {
        if (campaignId == null || campaignId <= 0) {
            return;
        }
        limits.take("campaigns.views:" + clientAddress, "campaigns.views.limited", PER_ADDRESS);
        Day key = new Day(campaignId, clock.now().atZone(dateTimes.zone()).toLocalDate());
        LongAdder adder = pending.get(key);
        if (adder == null) {
            if (pending.size() >= MAX_PENDING) {
                return;
            }
            adder = pending.computeIfAbsent(key, k -> new LongAdder());
        }
        adder.increment();
    }

    /**
     * Writes the waiting counts (the job {@code campaigns.views}); counts of campaigns that do not exist are dropped.
     *
     * @return how many views were written
     */
    @Transactional
    public synchronized long flush() {
        Map<Day, Long> taken = new HashMap<>();
        for (Day d : pending.keySet()) {
            LongAdder a = pending.remove(d);
            if (a != null && a.sum() > 0) {
                taken.merge(d, a.sum(), Long::sum);
            }
        }
        long written = 0;
        for (Map.Entry<Day, Long> e : taken.entrySet()) {
            Day d = e.getKey();
            if (em.createNativeQuery("SELECT 1 FROM campaigns_campaign WHERE id = ?").setParameter(1, d.campaignId())
                    .getResultList().isEmpty()) {
                continue;
            }
            int updated = em.createNativeQuery("UPDATE campaigns_page_view SET views = views + ? WHERE campaign_id = ?"
                    + " AND view_day = ?").setParameter(1, e.getValue()).setParameter(2, d.campaignId())
                    .setParameter(3, java.sql.Date.valueOf(d.day())).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO campaigns_page_view (campaign_id, view_day, views) VALUES (?, ?, ?)")
                        .setParameter(1, d.campaignId()).setParameter(2, java.sql.Date.valueOf(d.day()))
                        .setParameter(3, e.getValue()).executeUpdate();
            }
            written += e.getValue();
        }
        return written;
    }
}
