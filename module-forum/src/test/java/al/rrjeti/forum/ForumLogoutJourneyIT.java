package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.HttpSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The header's log-out button ends the login from the forum's index, a category and a thread; bad
 * ids and page sizes get 404 and 400 (JSON for the API), never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class ForumLogoutJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void aMemberLogsOutFromTheForumsPages() {
        String member = Journeys.accountWithRole(app, "cso_member", "dil." + RUN + "@example.al");
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, member, Journeys.PASSWORD);
            browser.open("/forum/");
            String href = browser.driver().findElement(By.linkText("Veprime të përbashkëta")).getAttribute("href");
            String category = "/forum/category.xhtml?id=" + href.replaceAll(".*id=(\\d+).*", "$1");
            browser.open(category);
            browser.submit("a[id='category:new-thread']");
            new Select(browser.find("select[id='thread:kind']")).selectByValue("DISCUSSION");
            browser.find("input[id='thread:title']").sendKeys("Dalja nga forumi " + RUN);
            browser.find("textarea[id='thread:body']").sendKeys("Një temë për provë.");
            browser.submit("button[id='thread:start']");
            String thread = browser.driver().getCurrentUrl().replaceAll("^.*(/forum/thread)", "$1");
            Journeys.logOutAndCheck(browser);
            for (String page : List.of("/forum/", category, thread, "/forum/requests.xhtml")) {
                Journeys.logIn(browser, member, Journeys.PASSWORD);
                browser.open(page);
                assertThat(browser.exists("a.rr-login")).as("logged in on " + page).isFalse();
                Journeys.logOutAndCheck(browser);
            }
        }
    }

    @Test
    void badIdsAndPageSizesAreRefusedWithoutAServerError() throws Exception {
        HttpSession visitor = new HttpSession(app.toExternalForm());
        for (String page : List.of("/forum/thread.xhtml?id=abc", "/forum/thread.xhtml?id=99999999999999999999",
                "/forum/category.xhtml?id=abc", "/forum/category.xhtml?id=99999999999999999999",
                "/forum/new.xhtml?category=abc")) {
            HttpResponse<String> r = visitor.get(page);
            assertThat(r.statusCode()).as(page).isIn(302, 404);
            assertThat(r.body()).as(page).doesNotContain("Payara");
        }
        for (String api : List.of("/api/forum/threads?pageSize=100000", "/api/forum/threads?page=abc",
                "/api/forum/threads/abc", "/api/forum/threads/99999999999999999999")) {
            HttpResponse<String> r = visitor.get(api);
            assertThat(r.statusCode()).as(api).isBetween(400, 404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(api).startsWith("application/json");
            assertThat(r.body()).as(api).doesNotContain("Payara").doesNotContain("<html");
        }
    }
}
