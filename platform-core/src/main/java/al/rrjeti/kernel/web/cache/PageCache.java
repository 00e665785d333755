package al.rrjeti.kernel.web.cache;

import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The pages anonymous readers got, kept in memory up to a size in bytes (least recently read
 * first out), dropped by {@link PublicContentChanged}.
 *
 * <p>Never stale: the drop runs after the changing transaction commits, and a page whose rendering
 * began before a drop is not stored (it may hold what was read before the commit): every request
 * takes the {@linkplain #generation() generation} when it starts and {@link #put} refuses a page of
 * an older one.
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    /** The configuration key: megabytes of pages kept; 0 turns the cache off. */
    public static final String MAX_MB = "rrjeti.page-cache.max-mb";

    /**
     * The configuration key: seconds a page is kept at most. Changes drop pages at once; this bounds
     * what only time changes (a date passing, "3 hours ago").
     */
    public static final String MAX_AGE = "rrjeti.page-cache.max-age-seconds";

    /** A page larger than this share of the cache is never kept (one page may not empty it). */
    private static final int LARGEST_SHARE = 16;

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final Map<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long maxBytes;
    private long maxAgeNanos;

    @PostConstruct
    void configure() {
        long mb = ConfigProvider.getConfig().getOptionalValue(MAX_MB, Long.class).orElse(64L);
        maxBytes = Math.max(0, mb) * 1024 * 1024;
        long seconds = ConfigProvider.getConfig().getOptionalValue(MAX_AGE, Long.class).orElse(300L);
        maxAgeNanos = Math.max(0, seconds) * 1_000_000_000L;
    }

    public boolean enabled() {
        return maxBytes > 0;
    }

    /** The current generation; a page rendered from it may be {@linkplain #put stored}. */
    public long generation() {
        return generation.get();
    }

    public CachedPage get(String key) {
        CachedPage page;
        synchronized (pages) {
            page = pages.get(key);
            if (page != null && System.nanoTime() - page.storedAt() > maxAgeNanos) {
                pages.remove(key);
                bytes -= page.size();
                page = null;
            }
        }
        (page == null ? misses : hits).incrementAndGet();
        return page;
    }

    /** Keeps the page unless a drop happened since {@code startedIn} or it is too large. */
    public void put(String key, CachedPage page, long startedIn) {
        if (page.size() > maxBytes / LARGEST_SHARE) {
            return;
        }
        synchronized (pages) {
            if (generation.get() != startedIn) {
                return;
            }
            CachedPage old = pages.put(key, page);
            bytes += page.size() - (old == null ? 0 : old.size());
            Iterator<CachedPage> eldest = pages.values().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().size();
                eldest.remove();
            }
        }
    }

    /** Drops the pages the change may show on, once the change is committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        drop(change.moduleId());
    }

    /**
     * Drops the module's pages and the kernel's (which gather every module's content); for the
     * kernel, every page.
     */
    public void drop(String moduleId) {
        synchronized (pages) {
            generation.incrementAndGet();
            Iterator<CachedPage> all = pages.values().iterator();
            while (all.hasNext()) {
                CachedPage p = all.next();
                if (PublicContentChanged.KERNEL.equals(moduleId) || PublicContentChanged.KERNEL.equals(p.owner())
                        || p.owner().equals(moduleId)) {
                    bytes -= p.size();
                    all.remove();
                }
            }
        }
        LOG.fine(() -> "Cached pages dropped for " + moduleId);
    }

    /** Pages kept, bytes kept, hits, misses: for the benchmark and the operator. */
    public List<Long> figures() {
        synchronized (pages) {
            return List.of((long) pages.size(), bytes, hits.get(), misses.get());
        }
    }
}
