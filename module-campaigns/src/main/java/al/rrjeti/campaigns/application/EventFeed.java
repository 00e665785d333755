package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The iCalendar feed of upcoming activities, built once per language and kept until the module's
 * public content changes ({@link PublicContentChanged} for the campaigns or the kernel, after the
 * changing transaction commits), the first listed activity starts (it leaves the feed), or
 * {@link #LONGEST} passes (the window's far end moves on). The kernel's page cache keeps HTML and
 * JSON only, and calendar programs poll feeds: rebuilding thousands of activities for each poll
 * cost seconds.
 *
 * <p>Never stale, like the page cache: a feed whose building began before a change is served to
 * its own request but not kept. Its ETag covers the content without {@code DTSTAMP} (the build
 * time), so a rebuild that finds the same activities keeps the ETag and Last-Modified and
 * calendar programs keep getting 304.
 */
@ApplicationScoped
public class EventFeed {

    /** A built feed: the bytes, their validators, and when it must be built again at the latest. */
    public record Feed(byte[] body, String etag, Instant lastModified, Instant builtAt, Instant validUntil) {
    }

    static final Duration LONGEST = Duration.ofMinutes(15);

    @Inject
    private EventService events;

    @Inject
    private IcsCalendar ics;

    @Inject
    private PlatformClock clock;

    private final Map<String, Feed> kept = new HashMap<>();
    /** The last feed built per language, kept across drops: a rebuild with the same content keeps its validators. */
    private final Map<String, Feed> last = new ConcurrentHashMap<>();
    private final Map<String, Object> building = new ConcurrentHashMap<>();
    private long generation;

    /** The feed in the reader's language, built when none is kept. */
    public Feed of(Locale reader) {
        String lang = reader.getLanguage();
        Feed feed = kept(lang);
        if (feed != null) {
            return feed;
        }
        // One build per language at a time: fifty readers arriving after a change wait for one build.
        synchronized (building.computeIfAbsent(lang, l -> new Object())) {
            feed = kept(lang);
            if (feed != null) {
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
        Feed feed;
        synchronized (kept) {
            feed = kept.get(lang);
        }
        Instant now = clock.now();
        // A clock set back (tests do) makes a feed built "later" stale too.
        return feed != null && now.isBefore(feed.validUntil()) && !now.isBefore(feed.builtAt()) ? feed : null;
    }

    private Feed build(String lang, Locale reader) {
        Instant now = clock.now();
        List<CampaignEvent> upcoming = events.upcoming();
        byte[] body = ics.of(upcoming, reader).getBytes(StandardCharsets.UTF_8);
        Instant until = now.plus(LONGEST);
        if (!upcoming.isEmpty() && upcoming.get(0).getStartsAt().isBefore(until)) {
            until = upcoming.get(0).getStartsAt();
        }
        String etag = etag(body);
        Feed before = last.get(lang);
        if (before != null && before.etag().equals(etag)) {
            return new Feed(body, etag, before.lastModified(), now, until);
        }
        Instant modified = now.truncatedTo(ChronoUnit.SECONDS);
        // HTTP dates count seconds: a change within the second of the last one must still look newer.
        if (before != null && !modified.isAfter(before.lastModified())) {
            modified = before.lastModified().plusSeconds(1);
        }
        return new Feed(body, etag, modified, now, until);
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
