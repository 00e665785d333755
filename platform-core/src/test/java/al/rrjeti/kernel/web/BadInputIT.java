package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * Bad ids, another organisation's page and a forged view state answer 400, 403 or 404 with the
 * platform's own page; the REST API answers JSON. Never a 500, never the server's page naming
 * itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class BadInputIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void pagesAnswerBadIdsAndForeignOrganisationsWithThePlatformsPages() throws Exception {
        String member = Journeys.accountWithRole(app, "cso_member", "pronar." + RUN + "@example.al");
        String citizen = Journeys.accountWithRole(app, "citizen", "huaj." + RUN + "@example.al");
        HttpSession anonymous = new HttpSession(app.toExternalForm());
        String orgs = anonymous.get("/api/organisations?q=" + HttpSession.enc("Org " + member)).body();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(orgs);
        assertThat(id.find()).as("the member's organisation in " + orgs).isTrue();
        HttpSession stranger = new HttpSession(app.toExternalForm());
        stranger.logIn(citizen, Journeys.PASSWORD);

        List<String> wrong = new ArrayList<>();
        expect(anonymous, "/organisations/view.xhtml?id=abc", 404, "Faqja nuk u gjet", wrong);
        expect(anonymous, "/organisations/view.xhtml?id=99999999999999999999", 404, "Faqja nuk u gjet", wrong);
        expect(anonymous, "/organisations/view.xhtml?id=-1", 404, "Faqja nuk u gjet", wrong);
        expect(stranger, "/organisations/manage.xhtml?id=abc", 404, "Faqja nuk u gjet", wrong);
        expect(stranger, "/organisations/manage.xhtml?id=99999999999999999999", 404, "Faqja nuk u gjet", wrong);
        expect(stranger, "/organisations/manage.xhtml?id=" + id.group(1), 403, "Nuk keni leje", wrong);
        expect(stranger, "/organisations/manage.xhtml", 404, "Faqja nuk u gjet", wrong);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aForgedViewStateIsABadRequestNotAServerError() throws Exception {
        HttpSession s = new HttpSession(app.toExternalForm());
        s.get("/login.xhtml");
        HttpResponse<String> forged = s.postForm("/login.xhtml", "login=login&login%3Aemail=a%40b.al"
                + "&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState=" + HttpSession.enc("-123:456"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Sesioni skadoi").doesNotContain("Payara");
        HttpResponse<String> garbage = new HttpSession(app.toExternalForm()).postForm("/index.xhtml",
                "jakarta.faces.ViewState=" + HttpSession.enc("<script>x</script>AAAA"));
        assertThat(garbage.statusCode()).isEqualTo(400);
    }

    @Test
    void theApiAnswersJsonForEveryRefusalAndHidesItsWadl() throws Exception {
        HttpSession s = new HttpSession(app.toExternalForm());
        for (String path : List.of("/api/organisations?type=bogus", "/api/no-such-resource",
                "/api/application.wadl", "/api/demo/notes/abc")) {
            HttpResponse<String> r = s.get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
            assertThat(r.body()).as(path).doesNotContain("Payara").doesNotContain("<html");
        }
        HttpResponse<String> options = s.send(HttpRequest.newBuilder(URI.create(app.toExternalForm()
                .replaceAll("/$", "") + "/api/modules")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.body()).doesNotContain("wadl").doesNotContain("<application");
    }

    private static void expect(HttpSession session, String path, int status, String text, List<String> wrong)
            throws Exception {
        HttpResponse<String> r = session.get(path);
        if (r.statusCode() != status || !r.body().contains(text) || r.body().contains("Payara")) {
            wrong.add(path + ": " + r.statusCode() + " " + r.body().replaceAll("\\s+", " ")
                    .substring(0, Math.min(200, r.body().length())));
        }
    }
}
