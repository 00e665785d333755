package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.TestArchives;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.kernelWithTestSupport("remember-it");
    }

    @ArquillianResource
    private URL app;

    @Test
    void aRememberedLoginOutlivesItsSessionAndItsCookieIsSecureOverHttps() throws Exception {
        String email = Journeys.accountWithRole(app, "citizen", "kujto." + RUN + "@example.al");
        String http = "http://localhost:" + TestArchives.HTTP_PORT + "/remember-it";
        String https = "https://localhost:" + TestArchives.HTTPS_PORT + "/remember-it";

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

    private static String rememberCookie(HttpResponse<String> login) {
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rrjeti-remember="))
                .filter(c -> !c.startsWith("rrjeti-remember=;")).findFirst().orElse(null);
    }
}
