package al.rrjeti.forum.bench;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Latencies;
import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forum at 100 000 posts in 10 000 threads. Not a test: it prints figures, and runs only with
 * {@code mvn -pl module-forum -Pbenchmark verify}.
 *
 * <p>Inside the test server it writes the threads and posts straight through JPA (seeding over
 * HTTP would take an hour), then requests, over HTTP, the category page (random category, random
 * page), a 200-post thread page and a trivial page: first one at a time, counting the SQL
 * statements each page runs (an EclipseLink listener on the forum's and the kernel's persistence
 * units), then from 50 concurrent clients.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ForumPagesBenchmark {

    /** The server writes its figures here; the client prints them (both run on this machine). */
    private static final java.nio.file.Path REPORT = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
            "rrjeti-forum-benchmark.txt");
    /** A public category's id and a 200-post thread's id, for the client's wrk runs. */
    private static final java.nio.file.Path PAGES = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
            "rrjeti-forum-benchmark-pages.txt");

    private static final int THREADS = Integer.getInteger("bench.threads", 10_000);
    private static final int POSTS = Integer.getInteger("bench.posts", 100_000);
    private static final int LONG_THREADS = 20;
    private static final int LONG_THREAD_POSTS = 200;

    @Deployment
    static WebArchive deployment() {
        return TestArchives.kernelActingAs("forum-bench").addAsLibrary(TestArchives.thisModule("module-forum"))
                .addClasses(HttpSession.class, HttpSession.FilePart.class, Latencies.class, Latencies.Operation.class);
    }

    @PersistenceContext(unitName = "rrjeti-forum")
    private EntityManager em;

    @PersistenceUnit(unitName = "rrjeti-forum")
    private EntityManagerFactory forumUnit;

    @PersistenceUnit(unitName = "rrjeti-core")
    private EntityManagerFactory coreUnit;

    @Resource
    private UserTransaction tx;

    @Inject
    private CategoryService categories;

    @Inject
    private Fixtures fixtures;

    @Test
    @org.junit.jupiter.api.Order(2)
    @org.jboss.arquillian.container.test.api.RunAsClient
    void printTheFigures() throws Exception {
        System.out.println();
        System.out.print(java.nio.file.Files.readString(REPORT));
    }

    /**
     * The public pages of the anonymous-reading issue at 100,000 posts, measured by wrk beside the
     * server's static {@code theme.css} (the kernel's {@code PublicPagesBenchmark}): the forum's
     * pages, and the kernel's pages that show the forum (home, search, directory).
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    @org.jboss.arquillian.container.test.api.RunAsClient
    void anonymousReadingBesideAStaticFile() throws Exception {
        String[] seeded = java.nio.file.Files.readString(PAGES).strip().split(" ");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "/");
        pages.put("/forum/", "/forum/");
        pages.put("/forum/category.xhtml?id=… (a public category)", "/forum/category.xhtml?id=" + seeded[0]);
        pages.put("/forum/thread.xhtml?id=… (200 posts)", "/forum/thread.xhtml?id=" + seeded[1]);
        pages.put("/api/forum/threads?space=public", "/api/forum/threads?space=public");
        pages.put("/organisations/", "/organisations/");
        pages.put("/search.xhtml?q=prokurimet", "/search.xhtml?q=prokurimet");
        pages.put("/api/search?q=prokurimet", "/api/search?q=prokurimet");
        al.rrjeti.kernel.bench.PublicPagesBenchmark.table("http://localhost:" + TestPorts.HTTP + "/forum-bench",
                pages, System.out);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void pagesAt100000Posts() throws Exception {
        java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8);
        try {
            measure(out);
        } finally {
            java.nio.file.Files.writeString(REPORT, report.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void measure(java.io.PrintStream out) throws Exception {
        List<Long> longThreads = seed(out);
        List<Category> publicCategories = categories.of(Space.PUBLIC);
        java.nio.file.Files.writeString(PAGES, publicCategories.get(0).getId() + " " + longThreads.get(0));
        String base = "http://localhost:" + TestPorts.HTTP + "/forum-bench";

        AtomicInteger statements = new AtomicInteger();
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                statements.incrementAndGet();
            }
        };
        for (EntityManagerFactory unit : List.of(forumUnit, coreUnit)) {
            unit.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager().addListener(counter);
        }
        Random random = new Random(11);
        Map<String, java.util.function.IntFunction<String>> pages = new LinkedHashMap<>();
        pages.put("trivial page (/privacy.xhtml)", i -> "/privacy.xhtml");
        pages.put("category page (random category and page)", i -> {
            Category c = publicCategories.get(random.nextInt(publicCategories.size()));
            return "/forum/category.xhtml?id=" + c.getId() + "&page=" + (1 + random.nextInt(100));
        });
        pages.put("thread page with 200 posts", i -> "/forum/thread.xhtml?id="
                + longThreads.get(random.nextInt(longThreads.size())));

        HttpSession warm = new HttpSession(base);
        for (int i = 0; i < 200; i++) {
            for (var page : pages.values()) {
                warm.timedGet(page.apply(i));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Rrjeti forum benchmark: %d threads, %d posts; one client, 100 requests per page%n",
                THREADS, POSTS);
        for (var page : pages.entrySet()) {
            List<Long> times = new ArrayList<>();
            int most = 0;
            for (int i = 0; i < 100; i++) {
                statements.set(0);
                times.add(new HttpSession(base).timedGet(page.getValue().apply(i)));
                most = Math.max(most, statements.get());
            }
            out.println(Latencies.line(page.getKey() + " [≤" + most + " SQL]", times));
        }
        for (EntityManagerFactory unit : List.of(forumUnit, coreUnit)) {
            unit.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager().removeListener(counter);
        }
        int clients = Integer.getInteger("bench.clients", 50);
        out.printf(Locale.ROOT, "%d concurrent clients, 20 requests each per page, no pause (pages/s: what the server"
                + " can serve at most)%n", clients);
        java.net.http.HttpClient shared = HttpSession.newClient();
        for (var page : pages.entrySet()) {
            long began = System.nanoTime();
            List<Long> times = Latencies.measure(clients, 20,
                    (c, i) -> new HttpSession(base, shared).timedGet(page.getValue().apply(c * 100 + i)));
            out.printf(Locale.ROOT, "%s   %5.0f pages/s%n", Latencies.line(page.getKey(), times),
                    times.size() / ((System.nanoTime() - began) / 1e9));
        }
        out.printf(Locale.ROOT, "%d concurrent clients, each pausing 0.5–1.5 s between requests (people reading)%n",
                clients);
        for (var page : pages.entrySet()) {
            out.println(Latencies.line(page.getKey(), Latencies.measure(clients, 10, (c, i) -> {
                Thread.sleep(500 + new Random(c * 31L + i).nextInt(1000));
                return new HttpSession(base, shared).timedGet(page.getValue().apply(c * 100 + i));
            })));
        }
    }

    private static String title(int t) {
        return "Tema e matjes nr. " + t + " për prokurimet dhe transparencën";
    }

    /**
     * Threads and posts through JPA, in transactions of a few thousand rows; returns the long threads.
     * A second run on the same test server (no {@code clean}) measures the threads seeded before.
     */
    private List<Long> seed(java.io.PrintStream out) throws Exception {
        long seeded = em.createQuery("SELECT COUNT(t) FROM ForumThread t WHERE t.title LIKE :p", Long.class)
                .setParameter("p", "Tema e matjes nr. %").getSingleResult();
        if (seeded >= THREADS) {
            List<Long> longThreads = new ArrayList<>();
            for (int t = 0; t < LONG_THREADS; t++) {
                longThreads.add(em.createQuery("SELECT MIN(t.id) FROM ForumThread t WHERE t.title = :t", Long.class)
                        .setParameter("t", title(t)).getSingleResult());
            }
            out.printf(Locale.ROOT, "measuring the %d threads seeded by an earlier run%n", seeded);
            return longThreads;
        }
        String email = "bench-author." + System.nanoTime() + "@example.al";
        Account author = fixtures.account(email, "Autori i matjes", Role.CITIZEN);
        List<Category> cats = new ArrayList<>(categories.of(Space.PUBLIC));
        Instant start = Instant.now().minus(Duration.ofDays(400));
        long begun = System.nanoTime();
        List<Long> longThreads = new ArrayList<>();
        int postsLeft = POSTS;
        int shortPosts = POSTS - LONG_THREADS * LONG_THREAD_POSTS;
        int perThread = shortPosts / (THREADS - LONG_THREADS);
        int oneMore = shortPosts % (THREADS - LONG_THREADS); // the first threads take one post more
        tx.begin();
        int inTx = 0;
        for (int t = 0; t < THREADS; t++) {
            Category c = cats.get(t % cats.size());
            int count = t < LONG_THREADS ? LONG_THREAD_POSTS : perThread + (t - LONG_THREADS < oneMore ? 1 : 0);
            Instant at = start.plus(Duration.ofMinutes(t * 50L));
            ForumThread thread = new ForumThread(c, t % 2 == 0 ? ThreadKind.QUESTION : ThreadKind.OPINION,
                    title(t), author.getId(), null,
                    Visibility.VISIBLE, at);
            em.persist(thread);
            em.flush();
            for (int n = 1; n <= count; n++) {
                Instant postAt = at.plusSeconds(n * 60L);
                String body = "Postimi " + n + " i temës " + t + ": bashkia duhet të publikojë kontratat dhe"
                        + " fituesit e tenderëve, si e kërkon ligji për të drejtën e informimit.";
                em.persist(new Post(thread.getId(), n, author.getId(), null, body, "<p>" + body + "</p>",
                        Visibility.VISIBLE, postAt));
                if (n > 1) {
                    thread.replied(postAt);
                }
                inTx++;
            }
            postsLeft -= count;
            if (t < LONG_THREADS) {
                longThreads.add(thread.getId());
            }
            if (inTx >= 5_000) {
                tx.commit();
                em.clear();
                tx.begin();
                inTx = 0;
            }
        }
        tx.commit();
        out.printf(Locale.ROOT, "seeded %d threads and %d posts in %.0f s%n", THREADS, POSTS - postsLeft,
                (System.nanoTime() - begun) / 1e9);
        return longThreads;
    }
}
