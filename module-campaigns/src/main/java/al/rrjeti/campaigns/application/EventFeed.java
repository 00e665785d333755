package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPOutputStream;

/**
 * The iCalendar feed, built once per language and kept, as bytes and gzip-compressed bytes, until
 * the module's public content changes ({@link PublicContentChanged} for the campaigns or the kernel,
 * after the changing transaction commits) or the day ends. The kernel's page cache keeps HTML and
 * JSON only, and calendar programs poll feeds: rebuilding thousands of activities for each poll
 * cost seconds, and writing the same megabyte to every client costs more than sending the same
 * hundred kilobytes compressed once.
 *
 * <p>What it lists: the activities starting from the beginning of the day
 * {@linkplain CampaignsSettings#feedDaysBehind() some days back} up to the end of the day
 * {@linkplain CampaignsSettings#feedDaysAhead() some days ahead}, in the platform's time zone.
 * Calendar programs replace a subscribed calendar with the feed: an activity that left the feed as
 * soon as it started would vanish from the subscriber's calendar while it happens, and last week's
 * activities would be gone from it. Whole days also keep the content, and so the ETag, the same all
 * day: subscribers get 304 until something changes. Older activities are on the calendar page and
 * in {@code GET /api/campaigns/events?from=&to=}.
 *
 * <p>Never stale, like the page cache: a feed whose building began before a change is served to
 * its own request but not kept. Its ETag covers the content without {@code DTSTAMP} (the build
 * time), so a rebuild that finds the same activities keeps the ETag and Last-Modified and
 * calendar programs keep getting 304. When only the day ended, the readers arriving while one of
 * them builds the new day's feed get yesterday's for that moment rather than all waiting for it.
 */
@ApplicationScoped
public class EventFeed {

    /**
     * A built feed: the bytes and the same gzip-compressed, their validators, and when it must be
     * built again at the latest.
     *
     * @param activities how many activities it lists
     */
    public record Feed(byte[] body, byte[] gzipped, String etag, Instant lastModified, Instant builtAt,
            Instant validUntil, int activities) {
    }

    @Inject
    private EventService events;

    @Inject
    private IcsCalendar ics;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    /** The feed kept per language; cleared by a change. */
    private final Map<String, Feed> kept = new HashMap<>();
    /** The last feed built per language, kept across drops: a rebuild with the same content keeps its validators. */
    private final Map<String, Feed> last = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> building = new ConcurrentHashMap<>();
    private long generation;

    /** The feed in the reader's language, built when none is kept. */
    public Feed of(Locale reader) {
        String lang = reader.getLanguage();
        Instant now = clock.now();
        Feed feed = kept(lang);
        if (feed != null && current(feed, now)) {
            return feed;
        }
        ReentrantLock lock = building.computeIfAbsent(lang, l -> new ReentrantLock());
        // Only time passed (nothing changed, the clock did not go back): someone already builds the
        // next one; this reader gets the one kept rather than waiting.
        if (feed != null && !now.isBefore(feed.builtAt()) && !lock.tryLock()) {
            return feed;
        }
        if (!lock.isHeldByCurrentThread()) {
            lock.lock();
        }
        try {
            // One build per language at a time: fifty readers arriving after a change wait for one build.
            feed = kept(lang);
            if (feed != null && current(feed, clock.now())) {
                return feed;
            }
            long startedIn;
            synchronized (kept) {
                startedIn = generation;
            }
            feed = build(lang, reader);
            last.put(lang, feed);
            synchronized (kept) {
                if (generation == startedIn) {
                    kept.put(lang, feed);
                }
            }
            return feed;
        } finally {
            lock.unlock();
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        if (CampaignsModule.ID.equals(change.moduleId()) || PublicContentChanged.KERNEL.equals(change.moduleId())) {
            synchronized (kept) {
                generation++;
                kept.clear();
            }
        }
    }

    private Feed kept(String lang) {
        synchronized (kept) {
            return kept.get(lang);
        }
    }

    /** Built for today: not past its day, and not "later" than now (a clock set back, as tests do). */
    private static boolean current(Feed feed, Instant now) {
        return now.isBefore(feed.validUntil()) && !now.isBefore(feed.builtAt());
    }

    private Feed build(String lang, Locale reader) {
        Instant now = clock.now();
        ZoneId zone = dateTimes.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<CampaignEvent> listed = events.forFeed(today, zone);
        byte[] body = ics.of(listed, reader).getBytes(StandardCharsets.UTF_8);
        Instant until = today.plusDays(1).atStartOfDay(zone).toInstant();
        String etag = etag(body);
        byte[] gzipped = gzip(body);
        Feed before = last.get(lang);
        if (before != null && before.etag().equals(etag)) {
            return new Feed(body, gzipped, etag, before.lastModified(), now, until, listed.size());
        }
        Instant modified = now.truncatedTo(ChronoUnit.SECONDS);
        // HTTP dates count seconds: a change within the second of the last one must still look newer.
        if (before != null && !modified.isAfter(before.lastModified())) {
            modified = before.lastModified().plusSeconds(1);
        }
        return new Feed(body, gzipped, etag, modified, now, until, listed.size());
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A hash of the feed without its DTSTAMP lines (the build time, not the content). */
    private static String etag(byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : new String(body, StandardCharsets.UTF_8).split("\r\n")) {
                if (!line.startsWith("DTSTAMP")) {
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
