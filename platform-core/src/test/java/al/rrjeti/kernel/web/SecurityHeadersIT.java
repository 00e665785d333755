package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.KernelTestDeployment;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every page carries a nonce-based Content-Security-Policy, the API a strict one of its own, HTTPS
 * responses HSTS; no header names the server or its version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class SecurityHeadersIT {

    @ArquillianResource
    private URL app;

    @Test
    void pagesCarryANonceBasedPolicyAndNameNoServer() throws Exception {
        String http = "http://localhost:" + TestPorts.HTTP + "/" + KernelTestDeployment.NAME;
        for (String page : new String[] {"/", "/login.xhtml", "/account/register.xhtml", "/no-such-page.xhtml"}) {
            HttpResponse<String> r = get(HttpSession.newClient(), http + page);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page).contains("script-src 'self' 'nonce-").contains("object-src 'none'")
                    .contains("frame-ancestors 'self'").doesNotContain("unsafe-eval");
            String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
            assertThat(r.body()).as("the page's scripts carry the nonce: " + page).contains("nonce=\"" + nonce + "\"");
            assertNoServerNames(r, page);
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
        HttpResponse<String> api = get(HttpSession.newClient(), http + "/api/modules");
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        assertNoServerNames(api, "/api/modules");
    }

    @Test
    void theHttpsListenerSendsHsts() throws Exception {
        String https = "https://localhost:" + TestPorts.HTTPS + "/" + KernelTestDeployment.NAME;
        HttpResponse<String> r = get(HttpSession.trustingClient(), https + "/login.xhtml");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=31536000");
        assertNoServerNames(r, "https /login.xhtml");
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoServerNames(HttpResponse<String> r, String what) {
        assertThat(r.headers().firstValue("X-Powered-By")).as(what).isEmpty();
        assertThat(r.headers().firstValue("Server").orElse("")).as(what).doesNotContainIgnoringCase("payara")
                .doesNotContainIgnoringCase("glassfish").doesNotContainPattern("[0-9]");
    }
}
