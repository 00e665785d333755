package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A citizen asks how to report a bribe request, a moderator lets the first post through, an
 * institution's member answers officially and the citizen accepts the answer; a CSO member opens
 * a network thread a citizen cannot see. Forum pages pass an axe-core scan in sq and en.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class ForumJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void aCitizenAsksAnInstitutionAnswersOfficiallyAndTheCitizenAccepts() {
        String citizenEmail = "qytetar." + RUN + "@example.al";
        String repEmail = "inspektor." + RUN + "@example.al";
        String institution = "Inspektorati i Integritetit " + RUN;
        String title = "Si ta denoncoj një kërkesë për ryshfet? " + RUN;
        try (Browser citizen = new Browser(app); Browser rep = new Browser(app); Browser operator = new Browser(app)) {
            Journeys.logIn(operator, "operator@rrjeti.local", "Rrjeti-Operator-1");
            // The pages that register and verify an organisation are the kernel's journey; here it is given.
            Journeys.accountWithRole(app, "institution_member", repEmail, institution);
            Journeys.logIn(rep, repEmail, Journeys.PASSWORD);

            Journeys.registerAndConfirm(citizen, "Arben", citizenEmail, Journeys.PASSWORD);
            Journeys.logIn(citizen, citizenEmail, Journeys.PASSWORD);
            citizen.open("/forum/");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.screenshot("forum-index");
            citizen.open("/forum/category.xhtml?id=" + categoryId(citizen, "Si të denoncoj"));
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.submit("a[id='category:new-thread']");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            new Select(citizen.find("select[id='thread:kind']")).selectByValue("QUESTION");
            citizen.find("input[id='thread:title']").sendKeys(title);
            WebElement body = citizen.find("textarea[id='thread:body']");
            body.sendKeys("Një nëpunës i bashkisë më kërkoi para për lejen.");
            assertThat(citizen.driver().executeScript("return PrimeFaces.getWidgetById('thread:body').extractQuery()"))
                    .as("only a word beginning with @ is sent for suggestions").isNull();
            body.sendKeys(" Pyes edhe @" + RUN);
            citizen.waitFor(".ui-autocomplete-item"); // the composer suggests the institution as a mention
            citizen.screenshot("forum-mention-suggestions");
            citizen.driver().findElement(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '"
                    + institution + "')]")).click();
            assertThat(body.getAttribute("value")).contains("@[" + institution + "](org:");
            body.sendKeys(" Ku ta denoncoj? <script>alert(1)</script>");
            citizen.screenshot("forum-new-thread");
            citizen.submit("button[id='thread:start']");
            assertThat(citizen.text("#thread-title")).isEqualTo(title);
            assertThat(citizen.text("main")).as("the first post of a new account waits").contains("moderator");
            String thread = citizen.driver().getCurrentUrl();
            citizen.open("/forum/category.xhtml?id=" + categoryId(citizen, "Si të denoncoj"));
            assertThat(citizen.text("#unlisted")).as("the author finds their held thread, apart").contains(title);
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.screenshot("forum-category-held");

            operator.open("/");
            assertThat(Integer.parseInt(operator.text("#staff-count"))).as("the staff menu counts what waits")
                    .isPositive();
            operator.find("#staff-menu summary").click();
            assertThat(operator.text("#queue-forum-held")).startsWith("Postime në pritje të moderimit");
            assertThat(Integer.parseInt(operator.text("#queue-forum-held .rr-staff__count"))).isPositive();
            Accessibility.assertNoSeriousViolations(operator.driver());
            operator.screenshot("staff-menu");
            operator.open("/notifications.xhtml");
            assertThat(operator.text("main")).as("the held post rang the bell")
                    .contains("Një postim pret moderimin në: " + title);
            operator.open("/");
            operator.find("#staff-menu summary").click();
            operator.submit("#queue-forum-held");
            assertThat(operator.driver().getCurrentUrl()).contains("/forum/moderation/");
            Accessibility.assertNoSeriousViolations(operator.driver());
            operator.screenshot("forum-moderation");
            operator.driver().findElement(By.xpath("//li[.//a[contains(normalize-space(), '" + RUN
                    + "')]]//button[contains(@id,':approve')]")).click();
            assertThat(operator.waitFor("[id='queue:messages']").getText()).contains("Postimi u publikua");
            operator.driver().get(thread);
            operator.find("#post-1 a[href*='moderation/post.xhtml']").click();
            assertThat(operator.text("#author")).contains("Arben");
            Accessibility.assertNoSeriousViolations(operator.driver());
            operator.find("a#account").click(); // from the post to its author's account, where blocking is
            assertThat(operator.text("#user-name")).isEqualTo("Arben");

            rep.driver().get(thread);
            assertThat(rep.exists("input[id='reply:pseudonym']"))
                    .as("who may answer for an organisation is not offered a pseudonym").isFalse();
            new Select(rep.find("select[id='reply:official']")).selectByVisibleText(institution);
            rep.find("textarea[id='reply:body']").sendKeys("Denoncojeni në **ILDKPKI** ose në SPAK; "
                    + "mund të denonconi edhe pa u identifikuar.");
            rep.submit("button[id='reply:send']");
            assertThat(rep.text("#post-2")).contains("Përgjigje zyrtare e " + institution).contains("ILDKPKI");

            citizen.driver().get(thread);
            assertThat(citizen.text("#answered")).isEqualTo("Me përgjigje");
            assertThat(citizen.text("#post-1")).as("script typed into a post is shown as text")
                    .contains("<script>alert(1)</script>").as("the mention shows the institution's name")
                    .contains("@" + institution);
            citizen.submit("#post-2 button[id$=':accept']");
            assertThat(citizen.text("#post-2")).contains("Përgjigje e pranuar");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.screenshot("forum-thread-accepted");

            citizen.driver().get(thread + "&lang=en");
            assertThat(citizen.text("#post-2")).contains("Official answer of " + institution).contains("Accepted answer");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.open("/forum/requests.xhtml?lang=en");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.open("/forum/requests.xhtml?lang=sq"); // the language cookie still says English
            assertThat(citizen.text("#requests-download")).doesNotContain("Accept")
                    .contains("si tabelë (CSV").contains("si të dhëna për programe (JSON)");
            downloads(citizen.find("#requests-csv").getAttribute("href"), "text/csv", ".csv");
            downloads(citizen.find("#requests-json").getAttribute("href"), "application/json", ".json");
            citizen.open("/forum/?lang=en");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            citizen.open("/forum/?lang=sq");
        }
    }

    @Test
    void aCsoMemberOpensANetworkThreadThatACitizenCannotSee() {
        String member = Journeys.accountWithRole(app, "cso_member", "oshc." + RUN + "@example.al");
        String citizenEmail = Journeys.accountWithRole(app, "citizen", "jashte." + RUN + "@example.al");
        String title = "Qëndrim i përbashkët për ligjin e sinjalizuesve " + RUN;
        String thread;
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, member, Journeys.PASSWORD);
            browser.open("/forum/category.xhtml?id=" + categoryId(browser, "Veprime të përbashkëta"));
            browser.submit("a[id='category:new-thread']");
            new Select(browser.find("select[id='thread:kind']")).selectByValue("DISCUSSION");
            browser.find("input[id='thread:title']").sendKeys(title);
            browser.find("textarea[id='thread:body']").sendKeys("Propozoj një deklaratë të përbashkët.");
            String form = browser.find("form[id='thread']").getAttribute("action");
            String viewState = browser.find("form[id='thread'] input[name='jakarta.faces.ViewState']").getAttribute("value");
            Object nonce = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return PrimeFaces.csp.NONCE_VALUE;");
            browser.submit("button[id='thread:start']");
            assertThat(browser.text("#thread-title")).isEqualTo(title);
            assertThat(lateMentionSearch(browser, form, viewState, String.valueOf(nonce)))
                    .as("the mention search sent after its delay, once the post has left the page, gets an ordinary answer")
                    .startsWith("200 ").doesNotContain("<error>").doesNotContain("<redirect");
            Accessibility.assertNoSeriousViolations(browser.driver());
            thread = browser.driver().getCurrentUrl();

            browser.submit("#post-1 a[href*='edit.xhtml']"); // the author rewrites the post
            Accessibility.assertNoSeriousViolations(browser.driver());
            WebElement body = browser.find("textarea[id='edit:body']");
            body.clear();
            body.sendKeys("Propozoj një deklaratë të përbashkët deri të premten.");
            browser.submit("button[id='edit:save']");
            assertThat(browser.driver().getCurrentUrl()).as("back on the thread").contains("/forum/thread.xhtml");
            assertThat(browser.text("main")).contains("Postimi juaj u ruajt.");
            assertThat(browser.text("#post-1")).contains("deri të premten").contains("ndryshuar");
        }
        try (Browser citizen = new Browser(app)) {
            Journeys.logIn(citizen, citizenEmail, Journeys.PASSWORD);
            citizen.driver().get(thread);
            assertThat(citizen.text("main")).contains("Nuk keni leje").doesNotContain(title);
            citizen.open("/forum/");
            assertThat(citizen.exists("#network-closed")).isTrue();
            assertThat(citizen.text("main")).doesNotContain("Veprime të përbashkëta");
        }
        try (Browser visitor = new Browser(app)) {
            visitor.driver().get(thread);
            assertThat(visitor.driver().getCurrentUrl()).as("a visitor is asked to log in").contains("/login.xhtml");
        }
    }

    /** The page's download link answers a file of that type, whatever the browser says it accepts. */
    private static void downloads(String href, String type, String extension) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).header("Accept",
                            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                    .contains(extension);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of a category, read from the forum's index as the browser's account sees it. */
    /**
     * What the new-thread page's mention autocomplete would get if its query, sent 300 ms after the
     * last key, arrived after the form's post had opened the thread and ended the page's view beans:
     * the same ajax request, posted from the thread page the browser now shows.
     */
    private static String lateMentionSearch(Browser browser, String form, String viewState, String nonce) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const data = new FormData();
                data.append('jakarta.faces.partial.ajax', 'true');
                data.append('jakarta.faces.source', 'thread:body');
                data.append('jakarta.faces.partial.execute', 'thread:body');
                data.append('jakarta.faces.partial.render', 'thread:body');
                data.append('thread:body_query', 'përbashkët.');
                data.append('thread', 'thread');
                data.append('thread:body', 'Propozoj një deklaratë të përbashkët.');
                data.append('jakarta.faces.ViewState', arguments[1]);
                data.append('primefaces.nonce', arguments[2]);
                fetch(arguments[0], {method: 'POST', body: data, headers: {'Faces-Request': 'partial/ajax'}, redirect: 'manual'})
                    .then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('failed ' + e));
                """, form, viewState, nonce);
        return String.valueOf(answer);
    }

    private static String categoryId(Browser browser, String name) {
        browser.open("/forum/");
        String href = browser.driver().findElement(By.linkText(name)).getAttribute("href");
        return href.replaceAll(".*id=(\\d+).*", "$1");
    }
}
