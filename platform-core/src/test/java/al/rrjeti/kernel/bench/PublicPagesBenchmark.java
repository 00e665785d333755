package al.rrjeti.kernel.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anonymous reading against a running platform (the README's run command), measured by wrk: for
 * every public page, its requests per second beside those of a static Faces resource of the same
 * server ({@code theme.css}), the ratio, and p50/p95/p99 at 50 connections; then, after 100,000
 * more anonymous page views, the sessions the server handed out and its heap after a full GC. Not a
 * test: it prints figures.
 *
 * <pre>mvn -pl platform-core -Pbenchmark test-compile exec:java -Dbench.main=al.rrjeti.kernel.bench.PublicPagesBenchmark
 *     [-Dbench.url=http://localhost:8080] [-Dbench.connections=50] [-Dbench.seconds=10] [-Dbench.views=100000]
 *     [-Dbench.gzip=true]</pre>
 *
 * Needs {@code wrk} on the path ({@code apt-get install wrk}) and, for the heap, {@code jcmd} and
 * {@code ss} (the server's process is the one listening on the URL's port). The data measured is
 * whatever the platform holds: seed it first with the library's and the forum's benchmarks.
 */
public final class PublicPagesBenchmark {

    /** Per thread: Set-Cookie headers carrying a session; the summary line the benchmark reads. */
    private static final String SCRIPT = """
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function init(args) sessions = 0 end
            %s
            function done(summary, latency, requests)
              local s = 0
              for _, t in ipairs(threads) do s = s + (t:get("sessions") or 0) end
              io.write(string.format("RESULT %%d %%d %%.0f %%.0f %%.0f %%d %%d\\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(95), latency:percentile(99), s,
                summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
            end
            """;
    private static final String COUNT_SESSIONS = """
            function response(status, headers, body)
              for k, v in pairs(headers) do
                if string.lower(k) == "set-cookie" and string.find(v, "JSESSIONID") then sessions = sessions + 1 end
              end
            end
            """;

    /** One wrk run's figures; latencies in microseconds. */
    record Result(long requests, double seconds, double p50, double p95, double p99, long sessions, long errors) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int connections = Integer.getInteger("bench.connections", 50);
    private final int seconds = Integer.getInteger("bench.seconds", 10);
    private final int views = Integer.getInteger("bench.views", 100_000);
    /** Whether wrk asks for gzip, as every browser does (the answers are then compressed). */
    private final boolean gzip = Boolean.getBoolean("bench.gzip");

    private PublicPagesBenchmark(String base) {
        this.base = base.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        PublicPagesBenchmark b = new PublicPagesBenchmark(System.getProperty("bench.url", "http://localhost:8080"));
        b.table(b.pages(), System.out);
    }

    /**
     * The table for any set of public pages of a server (e.g. the forum's benchmark measures its
     * pages at 100,000 posts on its own test server), then the memory after the anonymous views.
     *
     * @param base  the server's URL with the application's context path
     * @param pages label → path
     */
    public static void table(String base, Map<String, String> pages, java.io.PrintStream out) throws Exception {
        new PublicPagesBenchmark(base).table(pages, out);
    }

    private void table(Map<String, String> pages, java.io.PrintStream out) throws Exception {
        String stat = staticResource();
        wrk(stat, 3, false); // warm-up: JIT, connection pools, the page cache
        for (String url : pages.values()) {
            wrk(url, 2, false);
        }
        Result baseline = wrk(stat, seconds, false);
        out.printf(Locale.ROOT, "%nRrjeti anonymous reading: wrk, 2 threads, %d connections, %d s per URL%s%n",
                connections, seconds, gzip ? ", Accept-Encoding: gzip" : "");
        out.printf(Locale.ROOT, "%-52s %10s %7s %8s %8s %8s%n", "URL", "req/s", "ratio", "p50 ms", "p95 ms",
                "p99 ms");
        print(out, stat.replaceAll("\\?.*", "") + " (static)", baseline, baseline);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            print(out, page.getKey(), wrk(page.getValue(), seconds, false), baseline);
        }
        if (views > 0) {
            memory(out, new ArrayList<>(pages.values()), views);
        }
    }

    private static void print(java.io.PrintStream out, String name, Result r, Result baseline) {
        out.printf(Locale.ROOT, "%-52s %10.0f %7.2f %8.2f %8.2f %8.2f%s%n", name, r.perSecond(),
                r.perSecond() / baseline.perSecond(), r.p50() / 1000, r.p95() / 1000, r.p99() / 1000,
                r.errors() > 0 ? "  (" + r.errors() + " errors)" : "");
    }

    /** The public pages of the issue, with ids found on the platform itself. */
    private Map<String, String> pages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "/");
        pages.put("/library/", "/library/");
        first(get("/library/"), "/library/publication\\.xhtml\\?id=\\d+").ifPresent(p -> pages.put(p, p));
        pages.put("/library/info/section.xhtml?s=institutions", "/library/info/section.xhtml?s=institutions");
        pages.put("/library/guides/", "/library/guides/");
        first(get("/library/guides/"), "/library/guides/guide\\.xhtml\\?code=[a-z-]+").ifPresent(p -> pages.put(p, p));
        pages.put("/forum/", "/forum/");
        first(get("/forum/"), "/forum/category\\.xhtml\\?id=\\d+").ifPresent(p -> pages.put(p, p));
        longestThread().ifPresent(p -> pages.put(p, p));
        pages.put("/api/forum/threads?space=public", "/api/forum/threads?space=public");
        pages.put("/organisations/", "/organisations/");
        pages.put("/search.xhtml?q=korrupsion", "/search.xhtml?q=korrupsion");
        pages.put("/api/search?q=korrupsion", "/api/search?q=korrupsion");
        pages.put("/survey/", "/survey/");
        first(get("/survey/"), "/survey/results\\.xhtml\\?id=\\d+").ifPresent(p -> pages.put(p, p));
        pages.put("/campaigns/", "/campaigns/");
        pages.put("/campaigns/calendar.xhtml", "/campaigns/calendar.xhtml");
        pages.entrySet().removeIf(e -> {
            try {
                return status(e.getValue()) != 200;
            } catch (Exception unreachable) {
                return true;
            }
        });
        return pages;
    }

    /** The thread with the most replies in the public list (the "200-post thread"). */
    private java.util.Optional<String> longestThread() throws Exception {
        Matcher m = Pattern.compile("\"id\":(\\d+)[^}]*?\"replies\":(\\d+)").matcher(get("/api/forum/threads?space=public&size=100"));
        long best = -1;
        long id = -1;
        while (m.find()) {
            if (Long.parseLong(m.group(2)) > best) {
                best = Long.parseLong(m.group(2));
                id = Long.parseLong(m.group(1));
            }
        }
        return id < 0 ? java.util.Optional.empty() : java.util.Optional.of("/forum/thread.xhtml?id=" + id);
    }

    /** PrimeFaces' theme stylesheet as the home page links it. */
    private String staticResource() throws Exception {
        return first(get("/"), "/jakarta\\.faces\\.resource/theme\\.css\\.xhtml\\?[^\"]+")
                .map(u -> u.replace("&amp;", "&")).orElseThrow(() -> new IllegalStateException("no theme.css on /"));
    }

    private static java.util.Optional<String> first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** One wrk run against a URL. */
    private Result wrk(String path, int duration, boolean countSessions) throws IOException, InterruptedException {
        Path script = Files.createTempFile("rrjeti-wrk", ".lua");
        try {
            Files.writeString(script, SCRIPT.formatted(countSessions ? COUNT_SESSIONS : ""));
            List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration + "s",
                    "-s", script.toString()));
            if (gzip) {
                command.addAll(List.of("-H", "Accept-Encoding: gzip"));
            }
            command.add(base + path);
            return parse(run(command));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static Result parse(String output) {
        Matcher m = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Long.parseLong(m.group(6)),
                Long.parseLong(m.group(7)));
    }

    /**
     * Reads the pages round-robin until {@code views} anonymous views are done, counting session
     * cookies, then asks the server for a full GC and its heap.
     */
    private void memory(java.io.PrintStream out, List<String> urls, int views) throws Exception {
        String pid = serverPid();
        String before = pid == null ? "?" : heapAfterGc(pid);
        long done = 0;
        long sessions = 0;
        while (done < views) {
            for (String url : urls) {
                Result r = wrk(url, 2, true);
                done += r.requests();
                sessions += r.sessions();
                if (done >= views) {
                    break;
                }
            }
        }
        out.printf(Locale.ROOT, "%nAfter %d more anonymous page views: %d session cookies handed out; heap after"
                + " full GC %s (before the views: %s)%n", done, sessions, pid == null ? "?" : heapAfterGc(pid), before);
    }

    private String serverPid() throws Exception {
        int port = URI.create(base).getPort() < 0 ? 80 : URI.create(base).getPort();
        Matcher m = Pattern.compile(":" + port + "\\s.*?pid=(\\d+)").matcher(run(List.of("ss", "-ltnp")));
        return m.find() ? m.group(1) : null;
    }

    private static String heapAfterGc(String pid) throws Exception {
        run(List.of("jcmd", pid, "GC.run"));
        Matcher m = Pattern.compile("used (\\d+)K").matcher(run(List.of("jcmd", pid, "GC.heap_info")));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 + " MiB" : "?";
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
