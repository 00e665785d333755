package al.rrjeti.survey.bench;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Latencies;
import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.Keys;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.GroupCount;
import al.rrjeti.survey.domain.Participation;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Response;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.Tally;
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
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * A survey with 50 000 responses. Not a test: it prints figures, and runs only with
 * {@code mvn -pl module-survey -Pbenchmark verify}.
 *
 * <p>Inside the test server it writes the responses, their answers, markers and the running
 * tallies straight through JPA (as the answering service would leave them; submitting them one by
 * one would take long), then: the results page and the JSON results over HTTP from 50 concurrent
 * readers (each request with a query the page cache has not seen, so every one is rendered from
 * the results kept in memory; the phases with one URL show what the kernel's page cache gives
 * anonymous readers); then 100 submissions a second through the real answering service (anonymous
 * path: signed browser tokens, the rows of the submission, the marker shuffle; the tallies by the
 * background fold) for 30 s, counting
 * refusals and checking that every accepted submission is in the counts and the rows, while 50
 * readers read the results page (each fold drops the kept results).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBenchmark {

    private static final Path REPORT = Path.of(System.getProperty("java.io.tmpdir"), "rrjeti-survey-benchmark.txt");
    private static final String SECRET = "rrjeti.secret=benchmark-secret-of-the-survey-module-0123456789\n"
            + "rrjeti.survey.anonymous.per-hour=100000\n";
    private static final int RESPONSES = Integer.getInteger("bench.responses", 50_000);
    private static final int READERS = Integer.getInteger("bench.readers", 50);
    private static final int PER_SECOND = Integer.getInteger("bench.rate", 100);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return TestArchives.moduleUnderTest("module-survey", "survey-bench", SECRET)
                .addClasses(HttpSession.class, HttpSession.FilePart.class, Latencies.class, Latencies.Operation.class,
                        Concurrently.class, Concurrently.Work.class);
    }

    @PersistenceContext(unitName = "rrjeti-survey")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    @Inject
    private Keys keys;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Concurrently concurrently;

    @Inject
    private al.rrjeti.survey.application.Folding folding;

    @Test
    @Order(2)
    @RunAsClient
    void printTheFigures() throws Exception {
        System.out.println();
        System.out.print(Files.readString(REPORT));
    }

    @Test
    @Order(1)
    void resultsAt50000ResponsesAndSubmissionsAt100PerSecond() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);
        try {
            measure(out);
        } catch (Exception | AssertionError e) {
            e.printStackTrace(out);
            throw e;
        } finally {
            Files.writeString(REPORT, report.toString(StandardCharsets.UTF_8));
        }
    }

    private void measure(PrintStream out) throws Exception {
        Survey survey = seed(out);
        String base = "http://localhost:" + TestPorts.HTTP + "/survey-bench";
        java.net.http.HttpClient shared = HttpSession.newClient();
        AtomicInteger unique = new AtomicInteger();
        Map<String, java.util.function.IntFunction<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("results page, everyone", i -> "/survey/results.xhtml?id=" + survey.getId() + "&r=" + i);
        pages.put("results page, citizens only", i -> "/survey/results.xhtml?id=" + survey.getId()
                + "&group=citizen&r=" + i);
        pages.put("results as JSON (REST)", i -> "/api/survey/surveys/" + survey.getId() + "/results?r=" + i);
        for (int i = 0; i < 100; i++) {
            for (var page : pages.values()) {
                new HttpSession(base, shared).timedGet(page.apply(unique.incrementAndGet()));
            }
        }
        out.printf(Locale.ROOT, "%none reader, 100 requests per page, one at a time; every URL new to the page cache%n");
        for (var page : pages.entrySet()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                times.add(new HttpSession(base, shared).timedGet(page.getValue().apply(unique.incrementAndGet())));
            }
            out.println(Latencies.line(page.getKey(), times));
        }
        out.printf(Locale.ROOT, "%d concurrent readers, each pausing 0.5–1.5 s between requests (people reading)%n",
                READERS);
        for (var page : pages.entrySet()) {
            out.println(Latencies.line(page.getKey(), Latencies.measure(READERS, 10, (c, i) -> {
                Thread.sleep(500 + new java.util.Random(c * 31L + i).nextInt(1000));
                return new HttpSession(base, shared).timedGet(page.getValue().apply(unique.incrementAndGet()));
            })));
        }
        out.printf(Locale.ROOT, "%d concurrent readers, 20 requests each, no pause (the most the server serves);"
                + " every URL new to the page cache%n", READERS);
        for (var page : pages.entrySet()) {
            long began = System.nanoTime();
            List<Long> times = Latencies.measure(READERS, 20,
                    (c, i) -> new HttpSession(base, shared).timedGet(page.getValue().apply(unique.incrementAndGet())));
            out.printf(Locale.ROOT, "%s   %5.0f req/s%n", Latencies.line(page.getKey(), times),
                    times.size() / ((System.nanoTime() - began) / 1e9));
        }
        out.printf(Locale.ROOT, "%d concurrent readers, 20 requests each, no pause, all the same URL (anonymous readers:"
                + " the kernel's page cache)%n", READERS);
        for (var page : pages.entrySet()) {
            String same = page.getValue().apply(unique.incrementAndGet());
            new HttpSession(base, shared).timedGet(same);
            long began = System.nanoTime();
            List<Long> times = Latencies.measure(READERS, 20, (c, i) -> new HttpSession(base, shared).timedGet(same));
            out.printf(Locale.ROOT, "%s   %5.0f req/s%n", Latencies.line(page.getKey(), times),
                    times.size() / ((System.nanoTime() - began) / 1e9));
        }
        // Readers while the submissions run: every fold of new submissions drops the kept results.
        AtomicInteger readErrors = new AtomicInteger();
        java.util.concurrent.ExecutorService side = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<List<Long>> during = side.submit(() -> {
            Thread.sleep(4_000);
            return Latencies.measure(READERS, 20, (c, i) -> {
                Thread.sleep(500 + new java.util.Random(c * 17L + i).nextInt(1000));
                try {
                    return new HttpSession(base, shared).timedGet(pages.get("results page, everyone")
                            .apply(unique.incrementAndGet()));
                } catch (Exception e) {
                    readErrors.incrementAndGet();
                    return -1L;
                }
            });
        });
        submissions(out, survey);
        List<Long> read = during.get().stream().filter(t -> t >= 0).toList();
        side.shutdown();
        out.printf(Locale.ROOT, "%d readers pausing 0.5–1.5 s, during the submissions (results dropped at each fold);"
                + " every URL new to the page cache; errors %d%n", READERS, readErrors.get());
        out.println(Latencies.line("results page, everyone", read));
    }

    /** {@code PER_SECOND} writers, each submitting once a second at its own offset, for {@code SECONDS}. */
    private void submissions(PrintStream out, Survey survey) throws Exception {
        long before = em.find(Survey.class, survey.getId()).getResponses();
        List<Question> questions = answering.questions(survey.getId());
        List<Choice> choices = answering.choices(survey.getId());
        AtomicInteger accepted = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        // From the moment the submission was due (its writer's slot) to its end: waiting for the
        // writer's previous submission counts, so a server that falls behind shows here.
        List<Long> queued = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> slowBySecond = new java.util.concurrent.ConcurrentHashMap<>();
        long gcBefore = gcMillis();
        long start = System.nanoTime() + 2_000_000_000L;
        long began = System.currentTimeMillis();
        List<Throwable> failures = concurrently.run(PER_SECOND, SECONDS, (writer, round) -> {
            long due = start + round * 1_000_000_000L + writer * (1_000_000_000L / PER_SECOND);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long t0 = System.nanoTime();
            answering.submitAnonymously(survey.getId(), answers(questions, choices, writer + round),
                    keys.newBrowserToken(), "bench-" + writer + "-" + round);
            long end = System.nanoTime();
            long micros = (end - t0) / 1000;
            latencies.add(micros);
            queued.add((end - due) / 1000);
            if (micros > 100_000) {
                slowBySecond.computeIfAbsent(round, r -> new AtomicInteger()).incrementAndGet();
            }
            accepted.incrementAndGet();
        });
        double took = (System.currentTimeMillis() - began) / 1000.0 - 2;
        // What the background fold had not counted yet when the last submission ended, then the rest.
        long unfoldedAtEnd = em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.surveyId = :s"
                + " AND r.folded = false", Long.class).setParameter("s", survey.getId()).getSingleResult();
        long foldBegan = System.nanoTime();
        int foldedAtEnd = folding.now();
        double foldTook = (System.nanoTime() - foldBegan) / 1e6;
        em.clear();
        long after = em.find(Survey.class, survey.getId()).getResponses();
        long rows = em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.surveyId = :s", Long.class)
                .setParameter("s", survey.getId()).getSingleResult();
        long tallied = em.createQuery("SELECT SUM(t.answers) FROM Tally t WHERE t.questionId = :q AND t.rowId = :r",
                Long.class).setParameter("q", questions.get(0).getId()).setParameter("r", Tally.NO_ROW)
                .getSingleResult();
        out.printf(Locale.ROOT, "%n%d submissions a second for %d s through the answering service (%d writers),"
                + " from %s to %s UTC (for a profile of the phase):%n", PER_SECOND, SECONDS, PER_SECOND,
                java.time.Instant.ofEpochMilli(began + 2_000).toString(), java.time.Instant.now().toString());
        out.printf(Locale.ROOT, "  attempted %d, accepted %d, errors %d (%s), in %.1f s (%.1f accepted/s)%n",
                PER_SECOND * SECONDS, accepted.get(), failures.size(),
                failures.isEmpty() ? "none" : failures.get(0).toString(), took, accepted.get() / took);
        out.printf(Locale.ROOT, "  counted: responses %d -> %d (+%d), response rows %d, first question's tally %d;"
                + " lost answers: %d%n", before, after, after - before, rows, tallied,
                accepted.get() - (after - before) + Math.abs(after - rows) + Math.abs(after - tallied));
        out.printf(Locale.ROOT, "  left to the fold when the last submission ended: %d responses (folded by hand:"
                + " %d, in %.0f ms)%n", unfoldedAtEnd, foldedAtEnd, foldTook);
        if (!latencies.isEmpty()) {
            out.println(Latencies.line("  one submission (service call, in the server)", latencies));
            out.println(Latencies.line("  queued: from its due moment to its end", queued));
        }
        int slow = slowBySecond.values().stream().mapToInt(AtomicInteger::get).sum();
        out.printf(Locale.ROOT, "  over 100 ms: %d submissions, in %d of the %d seconds (most in one second: %d);"
                + " garbage collection meanwhile %d ms%n", slow, slowBySecond.size(), SECONDS,
                slowBySecond.values().stream().mapToInt(AtomicInteger::get).max().orElse(0), gcMillis() - gcBefore);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static Map<Long, Given> answers(List<Question> questions, List<Choice> choices, int n) {
        Map<Long, Given> a = new HashMap<>();
        for (Question q : questions) {
            List<Choice> options = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && !c.isRow()).toList();
            List<Choice> rows = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && c.isRow()).toList();
            switch (q.getKind()) {
                case SINGLE -> a.put(q.getId(), Given.choice(options.get(n % options.size()).getId()));
                case SCALE -> a.put(q.getId(), Given.number(n % 11));
                case NUMBER -> a.put(q.getId(), Given.number(n % 500));
                case MATRIX -> {
                    Map<Long, Long> m = new HashMap<>();
                    for (int r = 0; r < rows.size(); r++) {
                        m.put(rows.get(r).getId(), options.get((n + r) % options.size()).getId());
                    }
                    a.put(q.getId(), Given.rows(m));
                }
                default -> { }
            }
        }
        return a;
    }

    /** The survey and its 50 000 responses, written as the answering service leaves them. */
    private Survey seed(PrintStream out) throws Exception {
        ActingUser.actAs(fixtures.account("bench-editor." + System.nanoTime() + "@example.al", "Redaktor",
                Role.EDITOR).getEmail());
        List<BilingualText> five = List.of(BilingualText.of("Aspak", "Not at all"), BilingualText.of("Pak", "A little"),
                BilingualText.of("Mesatarisht", "Moderately"), BilingualText.of("Shumë", "Very"),
                BilingualText.of("Plotësisht", "Completely"));
        BilingualText t = BilingualText.of("Pyetje e matjes", "Benchmark question");
        Survey survey = building.create(new SurveyDef("bench-" + Long.toString(System.nanoTime(), 36), t, null,
                Instant.now().minusSeconds(3600), null, List.of(
                        new QuestionDef("single", QuestionKind.SINGLE, true, t, null, null, null, five, null, null, null),
                        new QuestionDef("scale", QuestionKind.SCALE, true, t, null, 0, 10, null, null, null, null),
                        new QuestionDef("matrix", QuestionKind.MATRIX, true, t, null, null, null, five,
                                List.of(BilingualText.of("Policia", "Police"), BilingualText.of("Gjykatat", "Courts"),
                                        BilingualText.of("Doganat", "Customs")), null, null),
                        new QuestionDef("number", QuestionKind.NUMBER, false, t, null, 0, 500, null, null, null, null)),
                al.rrjeti.survey.domain.Target.EVERYONE, true, null));
        ActingUser.actAs(null);
        List<Question> questions = answering.questions(survey.getId());
        List<Choice> choices = answering.choices(survey.getId());
        RespondentGroup[] groups = RespondentGroup.values();
        Map<String, Tally> tallies = new HashMap<>();
        Map<RespondentGroup, GroupCount> counts = new HashMap<>();
        long began = System.nanoTime();
        List<Response> responses = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        tx.begin();
        for (int i = 0; i < RESPONSES; i++) {
            RespondentGroup group = groups[i % groups.length];
            rest.add(new Participation(HexFormat.of().formatHex(random32())));
            Response response = new Response(survey.getId(), LocalDate.now().minusDays(i % 60), group);
            responses.add(response);
            for (Map.Entry<Long, Given> e : answers(questions, choices, i).entrySet()) {
                Question q = em.find(Question.class, e.getKey());
                Given g = e.getValue();
                if (g.number() != null) {
                    rest.add(Answer.number(response.getId(), q.getId(), g.number()));
                    tally(tallies, q.getId(), Tally.NO_ROW, g.number(), group).add();
                } else if (!g.rows().isEmpty()) {
                    for (Map.Entry<Long, Long> r : g.rows().entrySet()) {
                        rest.add(Answer.choice(response.getId(), q.getId(), r.getKey(), r.getValue()));
                        tally(tallies, q.getId(), r.getKey(), r.getValue(), group).add();
                    }
                } else {
                    for (Long c : g.choices()) {
                        rest.add(Answer.choice(response.getId(), q.getId(), null, c));
                        tally(tallies, q.getId(), Tally.NO_ROW, c, group).add();
                    }
                }
                q.answered(g.number());
                tally(tallies, q.getId(), Tally.ANSWERED_ROW, 0, group).add();
            }
            em.find(Survey.class, survey.getId()).counted();
            counts.computeIfAbsent(group, gr -> new GroupCount(survey.getId(), gr)).add();
            if (i % 2_000 == 1_999 || i == RESPONSES - 1) {
                // Responses first: EclipseLink orders inserts only along mapped relationships, and answers refer to them.
                responses.forEach(em::persist);
                em.flush();
                rest.forEach(em::persist);
                em.flush();
                // Counted in the tallies written below: folded already, in the same transaction (the
                // fold's job may run meanwhile and must not count them again).
                em.createQuery("UPDATE Response r SET r.folded = true WHERE r.surveyId = :s AND r.folded = false")
                        .setParameter("s", survey.getId()).executeUpdate();
                tx.commit();
                em.clear();
                responses.clear();
                rest.clear();
                tx.begin();
            }
        }
        tallies.values().forEach(em::persist);
        counts.values().forEach(em::persist);
        tx.commit();
        out.printf(Locale.ROOT, "Rrjeti survey benchmark: one survey (single choice, 0–10 scale, 3×5 matrix, number),"
                + " %d responses with %d tallies, seeded in %.0f s%n", RESPONSES, tallies.size(),
                (System.nanoTime() - began) / 1e9);
        return em.find(Survey.class, survey.getId());
    }

    private static Tally tally(Map<String, Tally> tallies, Long q, long row, long value, RespondentGroup g) {
        return tallies.computeIfAbsent(q + "/" + row + "/" + value + "/" + g, k -> new Tally(q, row, value, g));
    }

    private static byte[] random32() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }
}
