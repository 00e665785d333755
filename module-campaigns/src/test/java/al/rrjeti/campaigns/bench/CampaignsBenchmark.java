package al.rrjeti.campaigns.bench;

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
import java.util.concurrent.atomic.AtomicInteger;
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
 * span), the campaigns list and the {@code .ics} feed, from 50 concurrent readers: once as
 * anonymous readers get them (the kernel's page cache serves repeated URLs), once with every URL
 * new (a throwaway query parameter), so each answer is rendered. Answers other than 200 are counted
 * as errors, not thrown.
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
        String base = "http://localhost:" + TestArchives.HTTP_PORT + "/campaigns-bench";
        Random random = new Random(7);
        Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
        pages.put("calendar month page (random month of 24)", i -> "/campaigns/calendar.xhtml?month="
                + first.plusMonths(random.nextInt(24)));
        pages.put("campaigns list (/campaigns/, 200 campaigns)", i -> "/campaigns/");
        pages.put(".ics feed (next 365 days)", i -> "/api/campaigns/events/feed.ics");
        java.net.http.HttpClient shared = HttpSession.newClient();
        HttpSession warm = new HttpSession(base, shared);
        for (int i = 0; i < 30; i++) {
            for (var page : pages.values()) {
                warm.get(page.apply(i));
            }
        }
        out.printf(Locale.ROOT, "%nRrjeti campaigns benchmark: %d campaigns, %d activities; %d concurrent readers,"
                + " 20 requests each per page, no pause%n", CAMPAIGNS, EVENTS, CLIENTS);
        for (boolean fresh : new boolean[] {false, true}) {
            out.println(fresh ? "-- every URL new (rendered each time, the page cache cannot help)"
                    : "-- as anonymous readers get them (the page cache keeps repeated URLs)");
            for (var page : pages.entrySet()) {
                AtomicInteger errors = new AtomicInteger();
                long began = System.nanoTime();
                List<Long> times = Latencies.measure(CLIENTS, 20, (c, i) -> {
                    String path = page.getValue().apply(c * 100 + i);
                    if (fresh) {
                        path += (path.contains("?") ? "&" : "?") + "bench=" + c + "-" + i + "-" + System.nanoTime();
                    }
                    long start = System.nanoTime();
                    try {
                        if (new HttpSession(base, shared).get(path).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    return (System.nanoTime() - start) / 1000;
                });
                out.printf(Locale.ROOT, "%s   %5.0f req/s   errors %d%n", Latencies.line(page.getKey(), times),
                        times.size() / ((System.nanoTime() - began) / 1e9), errors.get());
            }
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
