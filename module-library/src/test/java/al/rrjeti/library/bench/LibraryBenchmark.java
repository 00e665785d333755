package al.rrjeti.library.bench;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.HttpSession.FilePart;
import al.rrjeti.kernel.testing.Latencies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The library at scale, over HTTP against a running platform (the README's run command). Not a
 * test: it prints figures.
 *
 * <pre>mvn -pl module-library -Pbenchmark test-compile exec:java [-Dbench.url=…] [-Dbench.publications=10000]
 *     [-Dbench.clients=50] [-Dbench.perClient=40]</pre>
 *
 * <p>First it makes sure the catalogue holds {@code bench.publications} benchmark publications, each
 * with a one-page PDF of Albanian text, published by the operator through the editors' form (the
 * same path as a real editor: file store, PDF text extraction, search index); publications of an
 * earlier run are counted, not made again. Then {@code bench.clients} clients request, at once, the
 * catalogue list (random pages and facets), publication pages, the search page and the search API,
 * and beside them a trivial page on the same server, and it prints p50/p95/p99 for each.
 */
public final class LibraryBenchmark {

    /** A word only the benchmark's publications carry, to count them. */
    static final String MARKER = "matjeveprimtarie";

    private static final String[] WORDS = ("korrupsioni korrupsionit prokurimi prokurimet publike tenderi kontrata "
            + "gjykata gjyqtari prokuroria hetimi denoncimi sinjalizuesi mbrojtja transparenca llogaridhënia "
            + "integriteti institucioni bashkia ministria buxheti shpenzimet fondet qytetarët bizneset shoqëria civile "
            + "raporti monitorimi vlerësimi rekomandimi ligji neni vendimi zyrtari pasuria deklarata konflikti interesi "
            + "ryshfeti abuzimi detyrës shërbimet shëndetësia arsimi policia doganat tatimet pronat lejet ndërtimit "
            + "fëmijët të rinjtë gratë komuniteti rajoni Tirana Durrësi Shkodra Vlora Korça Elbasani Fieri Berati "
            + "strategjia plani veprimit treguesi perceptimi sondazhi të dhënat analiza përfundimet").split(" ");

    private static final String[] QUERIES = {"korrupsion", "prokurimet publike", "sinjalizuesi", "gjykata",
        "transparenca bashkia", "femije", "ryshfet", "konflikti interesi", "Durrësi", "deklarata pasuria"};

    private static final String[] KINDS = {"MONITORING_REPORT", "STUDY", "EVALUATION", "ALTERNATIVE_REPORT",
        "POLICY_RECOMMENDATION", "ASSESSMENT", "PERCEPTION_REPORT", "MANUAL", "BOOKLET"};

    /** Makes each uncached request's URL one the page cache has not seen. */
    private static final AtomicInteger UNIQUE = new AtomicInteger((int) (System.nanoTime() & 0xffffff));

    private final String base;
    private final HttpClient http = HttpSession.newClient();

    private LibraryBenchmark(String base) {
        this.base = base.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        LibraryBenchmark b = new LibraryBenchmark(System.getProperty("bench.url", "http://localhost:8080"));
        int wanted = Integer.getInteger("bench.publications", 10_000);
        int clients = Integer.getInteger("bench.clients", 50);
        int perClient = Integer.getInteger("bench.perClient", 20);
        b.seed(wanted, Integer.getInteger("bench.seeders", 6));
        List<Long> ids = b.publicationIds();
        System.out.printf(Locale.ROOT, "%d benchmark publications in the catalogue%n", ids.size());

        Random random = new Random(7);
        b.run(clients, 10, ids, random); // warm-up: compile, caches, connection pools
        System.out.println();
        System.out.printf(Locale.ROOT, "Rrjeti library benchmark: %d publications, one client, 100 requests per kind"
                + " (the time each request takes alone)%n", ids.size());
        b.run(1, 100, ids, random).forEach(Latencies::report);
        System.out.println();
        System.out.printf(Locale.ROOT, "Rrjeti library benchmark: %d publications, %d concurrent clients, %d requests"
                + " each per kind, no pause between requests%n", ids.size(), clients, perClient);
        long started = System.nanoTime();
        Map<String, List<Long>> loaded = b.run(clients, perClient, ids, random);
        double seconds = (System.nanoTime() - started) / 1e9;
        loaded.forEach(Latencies::report);
        System.out.printf(Locale.ROOT, "throughput: %.0f requests/s over all kinds%n",
                loaded.values().stream().mapToInt(List::size).sum() / seconds);
        System.out.println();
        System.out.printf(Locale.ROOT, "Rrjeti library benchmark: %d publications, %d concurrent clients, 10 requests"
                + " each per kind, each client pausing 0.5–1.5 s between requests (people reading)%n", ids.size(), clients);
        b.paced = true;
        b.run(clients, 10, ids, random).forEach(Latencies::report);
    }

    /** Every kind of request, on all clients at once, one kind after the other. */
    private Map<String, List<Long>> run(int clients, int perClient, List<Long> ids, Random seed) throws Exception {
        Map<String, List<Long>> results = new LinkedHashMap<>();
        long salt = seed.nextLong();
        results.put("trivial page (/privacy.xhtml)", Latencies.measure(clients, perClient,
                (c, i) -> session().timedGet("/privacy.xhtml")));
        results.put("catalogue list (random page, some facets)", Latencies.measure(clients, perClient, (c, i) -> {
            Random r = new Random(salt + c * 1000L + i);
            String facet = switch (r.nextInt(4)) {
                case 0 -> "&kind=" + KINDS[r.nextInt(KINDS.length)].toLowerCase(Locale.ROOT).replace('_', '-');
                case 1 -> "&year=" + (2015 + r.nextInt(11));
                case 2 -> "&sort=title";
                default -> "";
            };
            return session().timedGet("/library/?page=" + (1 + r.nextInt(50)) + facet);
        }));
        results.put("publication page (random publication)", Latencies.measure(clients, perClient, (c, i) -> {
            Random r = new Random(salt + c * 1000L + i);
            return session().timedGet("/library/publication.xhtml?id=" + ids.get(r.nextInt(ids.size())));
        }));
        results.put("search page (/search.xhtml?q=…)", Latencies.measure(clients, perClient, (c, i) -> {
            Random r = new Random(salt + c * 1000L + i);
            return session().timedGet("/search.xhtml?q=" + HttpSession.enc(QUERIES[r.nextInt(QUERIES.length)]));
        }));
        results.put("search API (/api/search?q=…)", Latencies.measure(clients, perClient, (c, i) -> {
            Random r = new Random(salt + c * 1000L + i);
            return session().timedGet("/api/search?q=" + HttpSession.enc(QUERIES[r.nextInt(QUERIES.length)]));
        }));
        // Anonymous answers are kept by the page cache; a URL no one asked before measures the search itself.
        results.put("search page, uncached (a new URL each time)", Latencies.measure(clients, perClient, (c, i) -> {
            Random r = new Random(salt + c * 1000L + i);
            return session().timedGet("/search.xhtml?q=" + HttpSession.enc(QUERIES[r.nextInt(QUERIES.length)])
                    + "&n=" + UNIQUE.incrementAndGet());
        }));
        results.put("search API, uncached (a new URL each time)", Latencies.measure(clients, perClient, (c, i) -> {
            Random r = new Random(salt + c * 1000L + i);
            return session().timedGet("/api/search?q=" + HttpSession.enc(QUERIES[r.nextInt(QUERIES.length)])
                    + "&n=" + UNIQUE.incrementAndGet());
        }));
        return results;
    }

    /** Whether each client pauses between requests, as people reading pages do. */
    private boolean paced;

    private HttpSession session() throws InterruptedException {
        if (paced) {
            Thread.sleep(500 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        }
        return new HttpSession(base, http);
    }

    /** Publishes benchmark publications until there are {@code wanted}. */
    private void seed(int wanted, int seeders) throws Exception {
        int present = count();
        int missing = wanted - present;
        if (missing <= 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "%d benchmark publications present; publishing %d more…%n", present, missing);
        String user = System.getProperty("bench.user", "operator@rrjeti.local");
        String password = System.getProperty("bench.password", "Rrjeti-Operator-1");
        AtomicInteger next = new AtomicInteger(present);
        long started = System.nanoTime();
        List<Long> times = Latencies.measure(seeders, 1, (c, ignored) -> {
            HttpSession s = new HttpSession(base); // its own client: a logged-in session each
            s.logIn(user, password);
            long total = 0;
            for (int n = next.getAndIncrement(); n < wanted; n = next.getAndIncrement()) {
                long t = System.nanoTime();
                for (int attempt = 1; ; attempt++) {
                    try {
                        publish(s, n);
                        break;
                    } catch (java.io.IOException dropped) {
                        if (attempt == 3) {
                            throw dropped; // the server closed a kept-alive connection: try again twice
                        }
                    }
                }
                total += (System.nanoTime() - t) / 1000;
                if (n % 500 == 0) {
                    System.out.printf(Locale.ROOT, "  … %d%n", n);
                }
            }
            return total;
        });
        System.out.printf(Locale.ROOT, "published %d in %.0f s%n", missing, (System.nanoTime() - started) / 1e9);
        if (times.isEmpty()) {
            throw new IllegalStateException("no seeder ran");
        }
    }

    private void publish(HttpSession s, int n) throws Exception {
        Random r = new Random(n);
        String page = s.get("/library/submit.xhtml").body();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("publication", List.of("publication"));
        fields.put("publication:kind", List.of(KINDS[n % KINDS.length]));
        fields.put("publication:titleSq", List.of(sentence(r, 5) + " " + MARKER + " " + n));
        fields.put("publication:titleEn", List.of(""));
        fields.put("publication:summarySq", List.of(sentence(r, 40)));
        fields.put("publication:summaryEn", List.of(""));
        fields.put("publication:publishedOn", List.of(String.format(Locale.ROOT, "%d-%02d-%02d", 2015 + r.nextInt(11),
                1 + r.nextInt(12), 1 + r.nextInt(28))));
        fields.put("publication:documentLanguage", List.of("sq"));
        List<String> topics = new ArrayList<>();
        Matcher topic = Pattern.compile("name=\"publication:topics\"[^>]*value=\"(\\d+)\"").matcher(page);
        while (topic.find()) {
            if (r.nextInt(3) == 0) {
                topics.add(topic.group(1));
            }
        }
        if (!topics.isEmpty()) {
            fields.put("publication:topics", topics);
        }
        fields.put("publication:externalUrl", List.of(""));
        fields.put("publication:licence", List.of("CC BY 4.0"));
        fields.put("publication:source", List.of(""));
        fields.put("publication:publish", List.of(""));
        fields.put("jakarta.faces.ViewState", List.of(HttpSession.viewState(page)));
        HttpResponse<String> answer = s.postMultipart("/library/submit.xhtml", fields,
                List.of(new FilePart("publication:document", "raport-" + n + ".pdf", "application/pdf",
                        pdf(sentence(r, 120)))));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("publishing " + n + " answered " + answer.statusCode() + ": "
                    + answer.body().replaceAll("(?s).*<ul[^>]*ui-messages[^>]*>(.*?)</ul>.*", "$1"));
        }
    }

    private int count() throws Exception {
        String json = session().get("/api/library/publications?q=" + MARKER + "&pageSize=1").body();
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + json);
        }
        return Integer.parseInt(m.group(1));
    }

    private List<Long> publicationIds() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            String json = session().get("/api/library/publications?q=" + MARKER + "&pageSize=100&page=" + page).body();
            Matcher m = Pattern.compile("publication\\.xhtml\\?id=(\\d+)").matcher(json);
            int before = ids.size();
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (ids.size() == before) {
                return ids;
            }
        }
    }

    private static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
    }

    /** A one-page PDF with the text in lines of about 90 characters. */
    private static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                StringBuilder line = new StringBuilder();
                for (String w : text.split(" ")) {
                    if (line.length() + w.length() > 90) {
                        content.showText(line.toString());
                        content.newLine();
                        line.setLength(0);
                    }
                    line.append(line.isEmpty() ? "" : " ").append(w);
                }
                content.showText(line.toString());
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
