package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The message of an action that redirects reaches the next page even when Faces' flash cookie
 * does not come back (this client keeps the session cookie only): it is kept in the session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class NextPageMessagesIT {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*id=\"state-demoaddon\"(?:(?!</tr>).)*</tr>",
            Pattern.DOTALL);

    @ArquillianResource
    private URL app;

    @Test
    void aSwitchedModulesMessageIsOnThePageTheConsoleRedirectsTo() throws Exception {
        HttpSession operator = new HttpSession(app.toExternalForm());
        operator.logIn("operator@rrjeti.local", "Rrjeti-Operator-1");
        try {
            assertThat(press(operator, "disable")).contains("Moduli „Shtesë demonstrimi\" u çaktivizua.")
                    .containsPattern("id=\"state-demoaddon\"[^>]*>Çaktivizuar<");
        } finally {
            assertThat(press(operator, "enable")).contains("u aktivizua.")
                    .containsPattern("id=\"state-demoaddon\"[^>]*>Aktiv<");
        }
        assertThat(operator.get("/admin/modules.xhtml").body()).as("shown once, not again on the next page")
                .doesNotContain("u aktivizua.");
    }

    /** Presses the row's button as a form without script would, and follows the redirect. */
    private static String press(HttpSession s, String button) throws Exception {
        String page = s.get("/admin/modules.xhtml").body();
        Matcher row = ROW.matcher(page);
        assertThat(row.find()).as("the demo add-on's row").isTrue();
        Matcher id = Pattern.compile("id=\"(modules:table:\\d+:" + button + ")\"").matcher(row.group());
        assertThat(id.find()).as("its " + button + " button").isTrue();
        HttpResponse<String> posted = s.postForm("/admin/modules.xhtml", "modules=modules&" + HttpSession.enc(id.group(1))
                + "=&jakarta.faces.ViewState=" + HttpSession.enc(HttpSession.viewState(page)));
        assertThat(posted.statusCode()).as("redirected after the switch").isEqualTo(302);
        assertThat(posted.headers().allValues("Set-Cookie")).as("Faces' flash cookie, which this client drops")
                .anyMatch(c -> c.startsWith("csfcfc="));
        return s.get("/admin/modules.xhtml").body();
    }
}
