package al.rrjeti.kernel.bench;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Latencies;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Accounts are confirmed through the "trial: your mail" panel that the registering session sees, so
 * the server must have no SMTP (the run command's default).
 */
public final class AccountsBenchmark {

    private static final String PASSWORD = "Matje-e-shpejte-2026";

    private final String base;
    private final int clients;
    private final int perClient;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Queue<String> confirmations = new ConcurrentLinkedQueue<>();

    private AccountsBenchmark(String base, int clients, int perClient) {
        this.base = base;
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
        Latencies.report("registration (form post → confirmation page)", registrations);
        Latencies.report("login (form post → redirect)", logins);
    }

    private void warmUp() throws Exception {
        HttpSession s = new HttpSession(base);
        for (int i = 0; i < 20; i++) {
            s.get("/login.xhtml");
            s.get("/account/register.xhtml");
        }
    }

    /** Runs the operation on every client at once; returns each operation's latency in µs. */
    private List<Long> measure(String operation) throws Exception {
        long started = System.nanoTime();
        List<Long> all = Latencies.measure(clients, perClient, (client, i) -> {
            HttpSession s = new HttpSession(base);
            String email = "bench." + run + "." + client + "." + i + "@example.al";
            if (!"register".equals(operation)) {
                return login(s, email);
            }
            long micros = register(s, email);
            confirmations.add(confirmationLink(s));
            return micros;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d done, %.1f per second%n", operation, all.size(), all.size() / seconds);
        return all;
    }

    /** The confirmation link of the account this session registered, from its trial mail panel (not timed). */
    private static String confirmationLink(HttpSession s) throws Exception {
        Matcher link = Pattern.compile("/account/verify\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(s.get("/account/registered.xhtml").body());
        if (!link.find()) {
            throw new IllegalStateException("no confirmation link on the trial mail panel (is SMTP configured?)");
        }
        return "/account/verify.xhtml?token=" + link.group(1);
    }

    /** Follows each new account's confirmation link (not timed). */
    private void confirmAll() throws Exception {
        HttpSession s = new HttpSession(base);
        int confirmed = 0;
        for (String link : confirmations) {
            if (s.get(link).statusCode() == 200) {
                confirmed++;
            }
        }
        System.out.println("confirmed " + confirmed + " accounts through the trial mail panel");
    }

    private static long register(HttpSession s, String email) throws Exception {
        String state = HttpSession.viewState(s.get("/account/register.xhtml").body());
        String form = "register=register&register%3AdisplayName=Bench&register%3Aemail=" + HttpSession.enc(email)
                + "&register%3Apassword=" + HttpSession.enc(PASSWORD)
                + "&register%3Alanguage=sq&register%3Aconsent=on&register%3Asubmit=&jakarta.faces.ViewState="
                + HttpSession.enc(state);
        return timedPost(s, "/account/register.xhtml", form, "/account/registered.xhtml");
    }

    private static long login(HttpSession s, String email) throws Exception {
        String state = HttpSession.viewState(s.get("/login.xhtml").body());
        String form = "login=login&login%3Aemail=" + HttpSession.enc(email) + "&login%3Apassword="
                + HttpSession.enc(PASSWORD) + "&login%3Asubmit=&jakarta.faces.ViewState=" + HttpSession.enc(state);
        return timedPost(s, "/login.xhtml", form, null);
    }

    private static long timedPost(HttpSession s, String path, String form, String expectedTarget) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = s.postForm(path, form);
        long micros = (System.nanoTime() - start) / 1000;
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || (expectedTarget != null && !location.contains(expectedTarget))) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + " " + location);
        }
        return micros;
    }
}
