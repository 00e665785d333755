package al.rrjeti.kernel.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration and login latency with concurrent clients, over HTTP, against a running platform
 * (the README's run command). Not a test: it prints figures.
 *
 * <pre>mvn -pl platform-core -Pbenchmark test-compile exec:java [-Dbench.url=…] [-Dbench.clients=20]</pre>
 *
 * Registration is rate-limited per client address; the benchmark comes from one address, so run
 * the server with {@code rrjeti.limits.registrations-per-hour} raised (the profile says how).
 * Accounts are confirmed through the outbox, so the server must have no SMTP and a public outbox
 * (the run command's defaults).
 */
public final class AccountsBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "Matje-e-shpejte-2026";

    private final String base;
    private final int clients;
    private final int perClient;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private AccountsBenchmark(String base, int clients, int perClient) {
        this.base = base.replaceAll("/$", "");
        this.clients = clients;
        this.perClient = perClient;
    }

    public static void main(String[] args) throws Exception {
        AccountsBenchmark b = new AccountsBenchmark(System.getProperty("bench.url", "http://localhost:8080"),
                Integer.getInteger("bench.clients", 20), Integer.getInteger("bench.perClient", 5));
        b.warmUp();
        List<Long> registrations = b.measure("register");
        b.confirmAll();
        List<Long> logins = b.measure("login");
        System.out.println();
        System.out.printf(Locale.ROOT, "Rrjeti accounts benchmark: %d concurrent clients, %d operations each%n",
                b.clients, b.perClient);
        report("registration (form post → confirmation page)", registrations);
        report("login (form post → redirect)", logins);
    }

    private void warmUp() throws Exception {
        Session s = new Session();
        for (int i = 0; i < 20; i++) {
            s.get("/login.xhtml");
            s.get("/account/register.xhtml");
        }
    }

    /** Runs the operation on every client at once; returns each operation's latency in µs. */
    private List<Long> measure(String operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    Session s = new Session();
                    String email = "bench." + run + "." + client + "." + i + "@example.al";
                    times.add("register".equals(operation) ? s.register(email) : s.login(email));
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        long started = System.nanoTime();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s: %d done, %.1f per second%n", operation, all.size(), all.size() / seconds);
        return all;
    }

    /** Follows each new account's confirmation link from the outbox (not timed). */
    private void confirmAll() throws Exception {
        Session s = new Session();
        String outbox = s.get("/mail/outbox.xhtml").body();
        Matcher m = Pattern.compile("outbox\\.xhtml\\?id=(\\d+)").matcher(outbox);
        int confirmed = 0;
        while (m.find()) {
            String mail = s.get("/mail/outbox.xhtml?id=" + m.group(1)).body();
            if (!mail.contains("bench." + run)) {
                continue;
            }
            Matcher link = Pattern.compile("/account/verify\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(mail);
            if (link.find()) {
                s.get("/account/verify.xhtml?token=" + link.group(1));
                confirmed++;
            }
        }
        System.out.println("confirmed " + confirmed + " accounts through the outbox");
    }

    private static void report(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-48s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", what,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    /** One browser's worth of HTTP: its session cookie, no redirects followed. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private String cookie;

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)));
        }

        long register(String email) throws Exception {
            String state = viewState(get("/account/register.xhtml").body());
            String form = "register=register&register%3AdisplayName=Bench&register%3Aemail=" + enc(email)
                    + "&register%3Apassword=" + enc(PASSWORD) + "&register%3Alanguage=sq&register%3Aconsent=on"
                    + "&register%3Asubmit=&jakarta.faces.ViewState=" + enc(state);
            return timedPost("/account/register.xhtml", form, "/account/registered.xhtml");
        }

        long login(String email) throws Exception {
            String state = viewState(get("/login.xhtml").body());
            String form = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(PASSWORD)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state);
            return timedPost("/login.xhtml", form, null);
        }

        private long timedPost(String path, String form, String expectedTarget) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            long micros = (System.nanoTime() - start) / 1000;
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || (expectedTarget != null && !location.contains(expectedTarget))) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + " " + location);
            }
            return micros;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(c -> cookie = c.split(";", 2)[0]);
            return r;
        }

        private String viewState(String page) {
            Matcher m = VIEW_STATE.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no view state in the page");
            }
            return m.group(1);
        }

        private String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
