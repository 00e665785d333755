package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.KernelTestDeployment;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.TestPorts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Remember me" over real HTTP and HTTPS: the cookie keeps a person logged in after their session
 * ends, script cannot read it, and it travels only over HTTPS once the login came that way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RememberMeIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void aRememberedLoginOutlivesItsSessionAndItsCookieIsSecureOverHttps() throws Exception {
        String email = Journeys.accountWithRole(app, "citizen", "kujto." + RUN + "@example.al");
        String http = "http://localhost:" + TestPorts.HTTP + "/" + KernelTestDeployment.NAME;
        String https = "https://localhost:" + TestPorts.HTTPS + "/" + KernelTestDeployment.NAME;

        HttpResponse<String> plain = new HttpSession(http).logIn(email, Journeys.PASSWORD, false);
        assertThat(rememberCookie(plain)).as("no cookie unless asked").isNull();

        String cookie = rememberCookie(new HttpSession(http).logIn(email, Journeys.PASSWORD, true));
        assertThat(cookie).isNotNull().containsIgnoringCase("HttpOnly")
                .as("a plain-HTTP installation keeps its cookie").doesNotContainIgnoringCase("Secure");

        HttpResponse<String> later = HttpSession.newClient().send(HttpRequest.newBuilder(URI.create(http
                + "/notifications.xhtml")).header("Cookie", cookie.split(";", 2)[0]).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(later.statusCode()).as("a new visit with only the cookie is logged in").isEqualTo(200);
        HttpResponse<String> stranger = HttpSession.newClient().send(HttpRequest.newBuilder(URI.create(http
                + "/notifications.xhtml")).header("Cookie", "rrjeti-remember=forged").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).as("a forged cookie is sent to log in").isEqualTo(302);

        String secure = rememberCookie(new HttpSession(https, HttpSession.trustingClient())
                .logIn(email, Journeys.PASSWORD, true));
        assertThat(secure).isNotNull().containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure");
    }

    /**
     * Each use of the cookie spends its token and hands the browser the next one of the series; a
     * spent token that comes back (a copied cookie) ends the series, and its owner gets a mail.
     */
    @Test
    void theTokenIsOneTimeAndAReusedOneEndsTheSeries() throws Exception {
        String email = Journeys.accountWithRole(app, "citizen", "rrotullim." + RUN + "@example.al");
        String http = "http://localhost:" + TestPorts.HTTP + "/" + KernelTestDeployment.NAME;
        String first = rememberCookie(new HttpSession(http).logIn(email, Journeys.PASSWORD, true));
        assertThat(first).containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> visit = visitWith(http, first);
        assertThat(visit.statusCode()).isEqualTo(200);
        String second = rememberCookie(visit);
        assertThat(second).as("a new token for the next visit").isNotNull().containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(value(second)).isNotEqualTo(value(first));
        HttpResponse<String> next = visitWith(http, second);
        assertThat(next.statusCode()).as("the new token logs in").isEqualTo(200);
        String third = rememberCookie(next);
        assertThat(third).isNotNull();

        // past the grace a page's parallel requests get
        Journeys.advanceClock(app, java.time.Duration.ofSeconds(6));
        assertThat(visitWith(http, first).statusCode()).as("a spent token does not log in").isEqualTo(302);
        assertThat(visitWith(http, third).statusCode()).as("reuse ended the whole series").isEqualTo(302);

        HttpSession operator = new HttpSession(http);
        operator.logIn("operator@rrjeti.local", "Rrjeti-Operator-1");
        assertThat(operator.get("/mail/outbox.xhtml").body()).as("the owner is told")
                .contains(email).contains("Hyrja e mbajtur mend u mbyll");

        HttpResponse<String> page = HttpSession.newClient().send(HttpRequest.newBuilder(URI.create(http
                + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")))
                .as("the session cookie").isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
    }

    private static HttpResponse<String> visitWith(String base, String cookie) throws Exception {
        return HttpSession.newClient().send(HttpRequest.newBuilder(URI.create(base + "/notifications.xhtml"))
                .header("Cookie", cookie.split(";", 2)[0]).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String value(String cookie) {
        return cookie.split(";", 2)[0];
    }

    /** The remember-me cookie the browser keeps: the last one set. */
    private static String rememberCookie(HttpResponse<String> login) {
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rrjeti-remember="))
                .filter(c -> !c.startsWith("rrjeti-remember=;")).reduce((first, last) -> last).orElse(null);
    }
}
