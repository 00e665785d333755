package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.HttpSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * On a shared computer a person must be able to log out from whatever page they are on: the
 * header's button ends the login from the home page, the library's list, a publication, the
 * information package, the directory, the search page and the profile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class LogoutJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void aMemberLogsOutFromEveryKindOfPage() throws Exception {
        String member = Journeys.accountWithRole(app, "cso_member", "dil." + RUN + "@example.al");
        Path report = Files.write(Files.createTempFile("raporti", ".pdf"), TextPdf.with("Raport per daljen " + RUN));
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, member, Journeys.PASSWORD);
            browser.open("/library/submit.xhtml");
            browser.find("input[id='publication:titleSq']").sendKeys("Raporti i daljes " + RUN);
            browser.find("textarea[id='publication:summarySq']").sendKeys("Një raport për provë.");
            browser.find("input[id='publication:document']").sendKeys(report.toString());
            browser.submit("button[id='publication:submit']");
            assertThat(browser.driver().getCurrentUrl()).contains("/library/publication.xhtml?id=");
            String publication = browser.driver().getCurrentUrl().replaceAll("^.*(/library/publication)", "$1");
            Journeys.logOutAndCheck(browser);

            for (String page : List.of("/", "/library/", publication, "/library/info/section.xhtml?s=case_paths",
                    "/organisations/", "/search.xhtml?q=korrupsion", "/account/profile.xhtml")) {
                Journeys.logIn(browser, member, Journeys.PASSWORD);
                browser.open(page);
                assertThat(browser.exists("a.rr-login")).as("logged in on " + page).isFalse();
                Journeys.logOutAndCheck(browser);
            }
        }
    }

    @Test
    void badPublicationIdsAreNotFound() throws Exception {
        HttpSession visitor = new HttpSession(app.toExternalForm());
        for (String page : List.of("/library/publication.xhtml?id=abc",
                "/library/publication.xhtml?id=99999999999999999999", "/library/publication.xhtml")) {
            HttpResponse<String> r = visitor.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(404);
            assertThat(r.body()).as(page).contains("Faqja nuk u gjet").doesNotContain("Payara");
        }
        HttpResponse<String> api = visitor.get("/api/library/publications/abc");
        assertThat(api.statusCode()).isBetween(400, 404);
        assertThat(api.body()).doesNotContain("<html");
    }
}
