package al.rrjeti.kernel.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.SessionCount;
import al.rrjeti.kernel.KernelTestDeployment;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymous reading on a real server: no session, pages from memory that a change drops at once,
 * ETags and 304, a fresh script nonce per reader, compressed answers, versioned stylesheets.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymousReadingIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + KernelTestDeployment.NAME;
    /** The kernel's public pages and API answers. */
    private static final List<String> PUBLIC = List.of("/", "/organisations/", "/search.xhtml?q=korrupsion",
            "/api/search?q=korrupsion", "/privacy.xhtml", "/api/modules", "/?lang=en", "/organisations/?lang=sq");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");


    @Inject
    private Fixtures fixtures;

    @Inject
    private PageCache cache;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry metrics;

    private final HttpClient client = HttpSession.newClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readingKeepsNoSession() throws Exception {
        int before = SessionCount.active();
        for (int i = 0; i < 20; i++) {
            for (String page : PUBLIC) {
                HttpResponse<String> r = get(page);
                assertThat(r.statusCode()).as(page).isEqualTo(200);
                assertThat(r.headers().allValues("Set-Cookie")).as("cookies of " + page)
                        .noneMatch(c -> c.startsWith("JSESSIONID"));
            }
        }
        HttpResponse<String> missing = get("/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(SessionCount.active()).as("sessions alive after 161 anonymous reads").isEqualTo(before);
        assertThat(metrics.getGauge(new MetricID("rrjeti_sessions_active")).getValue().longValue())
                .as("the operator's gauge on /metrics").isEqualTo(before);

        // A page with a form an anonymous visitor fills in keeps its session, and logging in works.
        HttpResponse<String> login = get("/login.xhtml");
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(login.body()).doesNotContain("value=\"stateless\"");
        String email = "reader." + System.nanoTime() + "@example.al";
        fixtures.account(email, "Lexues");
        HttpSession browser = new HttpSession(BASE);
        browser.logIn(email, "Fjalekalim2026");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.body()).as("a logged-in reader gets the page for them").contains("Lexues");
        assertThat(home.headers().firstValue("ETag")).as("never from the anonymous cache").isEmpty();
    }

    @Test
    void aPageComesFromMemoryUntilItsContentChanges() throws Exception {
        String name = "Qendra e Leximit " + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> first = get("/organisations/");
        HttpResponse<String> second = get("/organisations/");
        assertThat(first.body()).doesNotContain(name);
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("ETag")).contains(etag);
        assertThat(cache.figures().get(2)).as("hits").isPositive();

        HttpResponse<String> notModified = get("/organisations/", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        fixtures.verifiedOrganisation(OrganisationType.CSO, name, "rep." + System.nanoTime() + "@example.al");
        HttpResponse<String> after = get("/organisations/");
        assertThat(after.body()).as("the directory right after the change").contains(name);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(etag);
        assertThat(get("/organisations/", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(get("/", "Cookie", "other=1").headers().firstValue("ETag")).as("unknown cookie: no cache").isEmpty();
    }

    @Test
    void everyReaderGetsAFreshNonceThatMatchesThePolicy() throws Exception {
        get("/");
        String a = nonceOf(get("/"));
        String b = nonceOf(get("/"));
        assertThat(a).isNotEqualTo(b);
    }

    private static String nonceOf(HttpResponse<String> r) {
        Matcher m = NONCE.matcher(r.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(m.find()).isTrue();
        assertThat(r.body()).contains("nonce=\"" + m.group(1) + "\"");
        return m.group(1);
    }

    @Test
    void textIsCompressedAndStylesheetsAreVersioned() throws Exception {
        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create(BASE + "/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        Matcher sheet = Pattern.compile("href=\"(/" + KernelTestDeployment.NAME + "/rrjeti/css/rrjeti\\.css\\?v=[0-9a-f]{12})\"").matcher(html);
        assertThat(sheet.find()).as("the kernel stylesheet's versioned link").isTrue();
        HttpResponse<String> css = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + TestPorts.HTTP + sheet.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control")).contains(VersionedAssets.IMMUTABLE);
        assertThat(css.body()).contains(".rr-header");
    }
}
