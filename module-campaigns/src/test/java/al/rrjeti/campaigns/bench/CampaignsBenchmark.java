package al.rrjeti.campaigns.bench;

import al.rrjeti.campaigns.application.EventFeed;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Latencies;
import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaigns at 5 000 activities in 200 campaigns. Not a test: it prints figures, and runs only with
 * {@code mvn -pl module-campaigns -am -Pbenchmark verify}.
 *
 * <p>Inside the test server it writes the campaigns and activities straight through JPA, then
 * requests over HTTP the calendar's month page (a random month of the two years the activities
 * span), the campaigns list and the {@code .ics} feed (as a plain GET, and asking for gzip as calendar
 * programs do) in three phases: one reader asking one page
 * after another; 50 readers each pausing 0.5–1.5 s before every request (the "50 readers");
 * and 50 clients without pause, which only says how much the two cores serve. Each phase once as
 * anonymous readers get the pages (the kernel's page cache serves repeated URLs), once with every
 * URL new (a throwaway query parameter), so each answer is rendered. A latency runs until the whole
 * answer is in as bytes (not decoded into a String: for the megabyte feed that decoding, in this JVM
 * the server shares, was most of what the feed's latency measured). Answers other than 200 are
 * counted as errors, not thrown. One table at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignsBenchmark {

    private static final Path REPORT = Path.of(System.getProperty("java.io.tmpdir"), "rrjeti-campaigns-benchmark.txt");
    private static final int CAMPAIGNS = Integer.getInteger("bench.campaigns", 200);
    private static final int EVENTS = Integer.getInteger("bench.events", 5_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final String MARK = "Fushata e matjes nr. ";
    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final String FEED = "/api/campaigns/events/feed.ics";
    /** Marks the feed's gzip row; not sent. */
    private static final String GZIP = "#gzip";

    @Deployment
    static WebArchive deployment() {
        return TestArchives.kernelActingAs("campaigns-bench").addAsLibrary(TestArchives.thisModule("module-campaigns"))
                .addAsLibraries(TestArchives.thisModuleLibraries())
                .addClasses(HttpSession.class, HttpSession.FilePart.class, Latencies.class, Latencies.Operation.class);
    }

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private Fixtures fixtures;

    @Inject
    private EventFeed feed;

    @Test
    @Order(2)
    @RunAsClient
    void printTheFigures() throws Exception {
        System.out.println();
        System.out.print(Files.readString(REPORT));
    }

    @Test
    @Order(1)
    void pagesAt5000Activities() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);
        try {
            measure(out);
        } finally {
            Files.writeString(REPORT, report.toString(StandardCharsets.UTF_8));
        }
    }

    private void measure(PrintStream out) throws Exception {
        YearMonth first = seed(out);
        String base = "http://localhost:" + TestPorts.HTTP + "/campaigns-bench";
        Random random = new Random(7);
        Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
        pages.put("month page (random month of 24)", i -> "/campaigns/calendar.xhtml?month="
                + first.plusMonths(random.nextInt(24)));
        pages.put("campaigns list (/campaigns/)", i -> "/campaigns/");
        pages.put(".ics feed (30 days back, 365 ahead)", i -> FEED);
        pages.put(".ics feed, gzip (as calendar programs ask)", i -> FEED + GZIP);
        java.net.http.HttpClient shared = HttpSession.newClient();
        AtomicInteger warmErrors = new AtomicInteger();
        for (int i = 0; i < 30; i++) {
            for (var page : pages.values()) {
                String path = page.apply(i);
                timedGet(shared, base + path.replace(GZIP, ""), path.contains(GZIP), warmErrors);
            }
        }
        EventFeed.Feed built = feed.of(Locale.forLanguageTag("sq"));
        String feedSize = String.format(Locale.ROOT, "the .ics feed: %d activities, %d bytes, %d gzip-compressed;"
                + " decoding it into a Java String takes this JVM %.1f ms (the latencies are taken on bytes)",
                built.activities(), built.body().length, built.gzipped().length, decodeMillis(built.body()));
        List<String> rows = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (boolean fresh : new boolean[] {false, true}) {
                for (var page : pages.entrySet()) {
                    AtomicInteger errors = new AtomicInteger();
                    AtomicLong unique = new AtomicLong();
                    Latencies.Operation get = (c, i) -> {
                        if (phase.paused) {
                            Thread.sleep(500 + ThreadLocalRandom.current().nextInt(1000));
                        }
                        String path = page.getValue().apply(c * 100 + i);
                        if (fresh) {
                            path += (path.contains("?") ? "&" : "?") + "bench=" + unique.incrementAndGet() + "-"
                                    + System.nanoTime();
                        }
                        return timedGet(shared, base + path.replace(GZIP, ""), path.contains(GZIP), errors);
                    };
                    long began = System.nanoTime();
                    List<Long> times = Latencies.measure(phase.readers, phase.perReader, get);
                    double seconds = (System.nanoTime() - began) / 1e9;
                    rows.add(String.format(Locale.ROOT, "%-10s %-7s %s   %5.0f req/s   errors %d", phase.label,
                            fresh ? "new" : "cached", Latencies.line(page.getKey(), times), times.size() / seconds,
                            errors.get()));
                }
            }
        }
        out.printf(Locale.ROOT, "%nRrjeti campaigns benchmark: %d campaigns, %d activities; the client runs in the"
                + " server's JVM (2 cores).%n", CAMPAIGNS, EVENTS);
        out.printf(Locale.ROOT, "phases: 1 reader = one reader, %d requests one after the other;"
                + " %d readers = %d readers, %d requests each, each pausing a random 0.5-1.5 s before every request;"
                + " saturated = %d readers, %d requests each, no pause (the most the server serves, not a reader"
                + " figure).%n", Phase.ONE.perReader, CLIENTS, CLIENTS, Phase.READERS.perReader, CLIENTS,
                Phase.SATURATED.perReader);
        out.println("cached = the same URLs as anonymous readers ask them (the kernel's page cache keeps them);"
                + " new = every URL new (a throwaway query parameter), so every answer is rendered.");
        out.println(feedSize + "; the gzip row asks with Accept-Encoding: gzip and unpacks the answer.");
        out.println("latency = from sending the request to having the whole answer as bytes (gzip ones unpacked);"
                + " errors = answers other than 200 or failed requests; they are counted and the run goes on.");
        out.printf(Locale.ROOT, "%-10s %-7s %-52s%n", "phase", "URLs", "page");
        rows.forEach(out::println);
    }

    /**
     * Latency in µs of one GET until the whole answer is received (as bytes: decoding a megabyte of
     * iCalendar into a Java String is the client's work, and cost this shared JVM more than the
     * server's answer); asking for gzip, the answer is also unpacked, as a calendar program must. A
     * status other than 200, an unpacked feed that does not end as one does, or a failure counts as
     * an error and the run goes on.
     */
    private static long timedGet(java.net.http.HttpClient client, String url, boolean gzip, AtomicInteger errors) {
        long start = System.nanoTime();
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
            if (gzip) {
                request.header("Accept-Encoding", "gzip");
            }
            java.net.http.HttpResponse<byte[]> r = client.send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
            } else if (gzip) {
                byte[] body;
                try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                        new java.io.ByteArrayInputStream(r.body()))) {
                    body = in.readAllBytes();
                }
                byte[] end = "END:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII);
                if (!r.headers().firstValue("Content-Encoding").orElse("").equals("gzip") || body.length < end.length
                        || !java.util.Arrays.equals(body, body.length - end.length, body.length, end, 0, end.length)) {
                    errors.incrementAndGet();
                }
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        return (System.nanoTime() - start) / 1000;
    }

    /**
     * The median time in ms this JVM takes to decode the plain feed into a String (what the
     * latencies counted before they were taken on bytes).
     */
    private static double decodeMillis(byte[] feed) {
        List<Long> times = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < 21; i++) {
            long start = System.nanoTime();
            chars += new String(feed, StandardCharsets.UTF_8).length();
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        return chars < 0 ? -1 : times.get(times.size() / 2) / 1e6;
    }

    /** The reader populations measured, as the survey's and forum's benchmarks make them. */
    private enum Phase {
        ONE("1 reader", 1, 50, false),
        READERS(CLIENTS + " readers", CLIENTS, 10, true),
        SATURATED("saturated", CLIENTS, 20, false);

        final String label;
        final int readers;
        final int perReader;
        final boolean paused;

        Phase(String label, int readers, int perReader, boolean paused) {
            this.label = label;
            this.readers = readers;
            this.perReader = perReader;
            this.paused = paused;
        }
    }

    /** Campaigns and activities through JPA; a second run on the same test server measures those seeded before. */
    private YearMonth seed(PrintStream out) throws Exception {
        YearMonth first = YearMonth.now(TIRANA).minusMonths(6);
        long seeded = em.createQuery("SELECT COUNT(c) FROM Campaign c WHERE c.title.sq LIKE :m", Long.class)
                .setParameter("m", MARK + "%").getSingleResult();
        if (seeded >= CAMPAIGNS) {
            out.printf(Locale.ROOT, "measuring the %d campaigns seeded by an earlier run%n", seeded);
            return first;
        }
        Account author = fixtures.account("bench-organiser." + System.nanoTime() + "@example.al", "Organizatori",
                Role.EDITOR);
        long begun = System.nanoTime();
        Instant now = Instant.now();
        CampaignAudience[] audiences = CampaignAudience.values();
        List<Long> campaigns = new ArrayList<>();
        tx.begin();
        for (int i = 0; i < CAMPAIGNS; i++) {
            LocalDate start = first.atDay(1).plusDays(i * 3L);
            Campaign c = new Campaign(BilingualText.of(MARK + i, "Measuring campaign no. " + i),
                    BilingualText.of("Qytetarët të njohin të drejtat e tyre para institucioneve.",
                            "Citizens know their rights before institutions."),
                    BilingualText.of("Përshkrim i fushatës " + i + " me **tekst** të shkurtër.", null),
                    audiences[i % audiences.length], start, start.plusMonths(6), null, author.getId(), now);
            em.persist(c);
            em.flush();
            campaigns.add(c.getId());
        }
        tx.commit();
        Random random = new Random(3);
        tx.begin();
        for (int i = 0; i < EVENTS; i++) {
            LocalDate day = first.atDay(1).plusDays(random.nextInt(730));
            Instant at = day.atTime(9 + random.nextInt(10), random.nextBoolean() ? 0 : 30).atZone(TIRANA).toInstant();
            em.persist(new CampaignEvent(campaigns.get(i % campaigns.size()),
                    BilingualText.of("Takim i matjes nr. " + i, "Measuring meeting no. " + i),
                    BilingualText.of("Takim me qytetarët për transparencën e buxhetit vendor.", null), at,
                    at.plusSeconds(7200), TIRANA, i % 3 == 0 ? null : "Tiranë, salla " + (i % 40),
                    i % 3 == 0 ? "https://meet.example.al/m" + i : null, null, i % 4 == 0 ? null : 50,
                    author.getId(), now));
            if (i % 1000 == 999) {
                tx.commit();
                em.clear();
                tx.begin();
            }
        }
        tx.commit();
        out.printf(Locale.ROOT, "seeded %d campaigns and %d activities in %.1f s%n", CAMPAIGNS, EVENTS,
                (System.nanoTime() - begun) / 1e9);
        return first;
    }
}
