package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A CSO member submits a monitoring report, an editor approves it, and a citizen finds it,
 * opens it and downloads its PDF; the pages pass an axe-core scan in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class LibraryJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void memberSubmitsEditorApprovesCitizenFindsAndDownloads() throws Exception {
        String member = Journeys.accountWithRole(app, "cso_member", "anetar." + RUN + "@example.al");
        String editor = Journeys.accountWithRole(app, "editor", "redaktor." + RUN + "@example.al");
        String title = "Monitorimi i prokurimeve " + RUN;
        String insideWord = "tenderet" + RUN;
        Path report = Files.write(Files.createTempFile("raporti", ".pdf"),
                TextPdf.with("Gjetjet per " + insideWord + " dhe korrupsionin ne bashki."));

        String second = "Raporti i dytë " + RUN;
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, member, Journeys.PASSWORD);
            browser.open("/library/submit.xhtml");
            browser.screenshot("library-submit");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.find("input[id='publication:titleSq']").sendKeys(title);
            browser.find("textarea[id='publication:summarySq']").sendKeys("Gjetjet e monitorimit të tenderëve.");
            browser.find("input[id='publication:document']").sendKeys(report.toString());
            browser.driver().findElement(By.xpath("//label[normalize-space()='Prokurimi publik']")).click();
            browser.submit("button[id='publication:submit']");
            assertThat(browser.text("#publication-title")).isEqualTo(title);
            assertThat(browser.text("main")).as("the chosen topic").contains("Prokurimi publik");
            assertThat(browser.text("main")).contains("Në shqyrtim");

            browser.open("/library/submit.xhtml");
            browser.find("input[id='publication:titleSq']").sendKeys(second);
            browser.find("textarea[id='publication:summarySq']").sendKeys("Një draft që ka nevojë për punë.");
            browser.find("input[id='publication:document']").sendKeys(report.toString());
            browser.driver().findElement(By.xpath("//label[normalize-space()='Prokurimi publik']")).click();
            browser.submit("button[id='publication:submit']");
            assertThat(browser.text("#publication-title")).isEqualTo(second);
        }
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, editor, Journeys.PASSWORD);
            browser.open("/notifications.xhtml");
            assertThat(browser.text("main")).as("the editor is told of each submission").contains(title)
                    .contains(second);
            browser.find("#staff-menu summary").click();
            assertThat(Integer.parseInt(browser.text("#queue-library-review .rr-staff__count")))
                    .as("the staff menu counts both").isGreaterThanOrEqualTo(2);
            browser.submit("#queue-library-review");
            assertThat(browser.driver().getCurrentUrl()).contains("/library/review.xhtml");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("library-review");
            assertThat(browser.driver().findElements(By.cssSelector("#queue > li"))).as("one comment box each")
                    .allSatisfy(li -> assertThat(li.findElements(By.cssSelector("textarea"))).hasSize(1));

            By secondItem = By.xpath("//li[.//a[normalize-space()='" + second + "']]");
            By secondChanges = By.xpath("//li[.//a[normalize-space()='" + second + "']]//button[contains(@id,':changes')]");
            browser.submit(secondChanges);
            assertThat(browser.waitFor("[id='review:messages']").getText()).as("no comment yet")
                    .doesNotContain("U kërkuan ndryshime");
            assertThat(browser.driver().findElement(secondItem).getText()).as("the refusal beside its own box")
                    .contains("koment");
            browser.driver().findElement(secondItem).findElement(By.cssSelector("textarea"))
                    .sendKeys("Shtoni burimet e të dhënave.");
            browser.submit(secondChanges);
            assertThat(browser.waitFor("[id='review:messages']").getText()).contains("U kërkuan ndryshime");

            browser.submit(By.xpath("//li[.//a[normalize-space()='" + title
                    + "']]//button[contains(@id,':approve')]"));
            assertThat(browser.waitFor("[id='review:messages']").getText()).contains("Publikimi u publikua");
        }
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, member, Journeys.PASSWORD);
            browser.open("/library/mine.xhtml");
            assertThat(browser.text("main")).as("the comment reached its own publication")
                    .contains("Komenti i redaktorit: Shtoni burimet e të dhënave.");
        }
        try (Browser browser = new Browser(app)) {
            browser.open("/");
            browser.find("#header-q").sendKeys(insideWord);
            browser.submit(".rr-header-search__button");
            assertThat(browser.text("main")).as("found by a word inside its PDF").contains(title)
                    .contains("Biblioteka");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("search-results");

            browser.open("/library/?q=" + RUN);
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("library-list");
            browser.submit("#publications a");
            assertThat(browser.text("#publication-title")).isEqualTo(title);
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("library-publication");
            String download = browser.find("a.rr-download").getAttribute("href");

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(download)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
            HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(file.uri()).header("Range", "bytes=0-3").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(part.statusCode()).as("seekable, as video players need").isEqualTo(206);
            assertThat(new String(part.body())).isEqualTo("%PDF");
            browser.driver().navigate().refresh();
            assertThat(browser.text("#files")).contains("1 shkarkim)");

            browser.open("/library/?lang=en&q=" + RUN);
            assertThat(browser.text("h1")).isEqualTo("Library");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/library/info/section.xhtml?s=case_paths");
            assertThat(browser.text("h1")).isEqualTo("The steps of a case");
            assertThat(browser.driver().findElements(By.cssSelector("ol.rr-steps li"))).hasSizeGreaterThan(5);
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/library/info/section.xhtml?s=institutions&lang=sq");
            assertThat(browser.text("#spak")).contains("SPAK").contains("I konfirmuar");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/library/guides/guide.xhtml?code=whistleblower-protection");
            assertThat(browser.text("#guide-title")).isEqualTo("Mbrojtja e sinjalizuesve");
            assertThat(browser.text("#guide-body")).contains("60/2016");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/library/tutorials.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Video-udhëzuesit");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/library/info/section.xhtml?s=indicators");
            assertThat(browser.text("#cpi-chart")).contains("2024").contains("42");
            Accessibility.assertNoSeriousViolations(browser.driver());
        }

        HttpClient http = HttpClient.newHttpClient();
        String json = http.send(HttpRequest.newBuilder(URI.create(app + "api/library/publications?q=" + RUN)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"total\":1").contains(title).contains("\"kind\":\"monitoring-report\"");
        String csv = http.send(HttpRequest.newBuilder(URI.create(app + "api/library/publications/export.csv")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv).contains("\"" + title + "\"");
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(app + "library/feed.atom")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("<title>" + title + "</title>");
    }
}
