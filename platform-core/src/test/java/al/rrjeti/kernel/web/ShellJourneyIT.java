package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

/** Journeys through the shell in headless Chromium, against the kernel with the test-only demo module. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellJourneyIT {

    private static final String OPERATOR = "operator@rrjeti.local";
    private static final String PASSWORD = "Rrjeti-Operator-1";

    @ArquillianResource
    private URL app;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void homePageSpeaksAlbanianFirstAndEnglishOnRequestAndRemembersIt() {
        try (Browser browser = new Browser(app)) {
            browser.open("/");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sq");
            assertThat(browser.text("h1")).isEqualTo("Rrjeti kundër korrupsionit");
            assertThat(browser.text("#about-title")).isEqualTo("Çfarë është Rrjeti");
            assertThat(browser.exists("#demo-widget")).as("the demo module's widget").isTrue();
            assertThat(browser.text(".rr-nav")).contains("Demonstrimi");
            assertThat(browser.find(".rr-skip").getAttribute("href")).endsWith("#main");
            Accessibility.assertNoSeriousViolations(browser.driver());
            assertThat(browser.driver().executeScript("var path = arguments[0];"
                    + " return performance.getEntriesByType('resource')"
                    + ".some(function (r) { return r.name.endsWith(path) && r.responseStatus === 200; });",
                    Accessibility.PATH)).as("the scan's axe came from the test archive, not sent by the test").isEqualTo(true);
            browser.screenshot("home-sq");

            browser.open("/?lang=en");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text("h1")).isEqualTo("The anti-corruption network");
            assertThat(browser.text(".rr-nav")).contains("Demonstration");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("home-en");

            browser.open("/login.xhtml");
            assertThat(browser.text("h1")).as("the choice is remembered").isEqualTo("Log in");
            browser.find("a[hreflang='sq']").click();
            assertThat(browser.text("h1")).isEqualTo("Hyrja");
        }
    }

    @Test
    void homePageFitsAPhoneScreen() {
        try (Browser browser = new Browser(app)) {
            browser.driver().manage().window().setSize(new Dimension(360, 740));
            browser.open("/");
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            browser.screenshot("home-phone");
        }
    }

    @Test
    void errorPagesAnswerInTheVisitorsLanguage() throws Exception {
        assertThat(status("/no-such-page.xhtml")).isEqualTo(404);
        try (Browser browser = new Browser(app)) {
            browser.open("/no-such-page.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Faqja nuk u gjet");
            browser.open("/no-such-page.xhtml?lang=en");
            assertThat(browser.text("h1")).isEqualTo("Page not found");
        }
    }

    @Test
    void operatorSwitchesAModuleOffAndItDisappearsEverywhereThenComesBack() throws Exception {
        assertThat(status("/demo/index.xhtml")).isEqualTo(200);
        assertThat(status("/api/demo/notes")).isEqualTo(200);
        try (Browser browser = new Browser(app)) {
            browser.open("/admin/modules.xhtml");
            assertThat(browser.driver().getCurrentUrl()).as("sent to log in").contains("/login.xhtml");
            browser.find("input[id='login:email']").sendKeys(OPERATOR);
            browser.find("input[id='login:password']").sendKeys(PASSWORD);
            browser.find("button[id='login:submit']").click();
            browser.waitFor("#state-demo");
            assertThat(browser.driver().getCurrentUrl()).contains("/admin/modules.xhtml");
            assertThat(browser.text("#state-demo")).isEqualTo("Aktiv");
            browser.screenshot("console-before");
            browser.find("#staff-menu summary").click();
            assertThat(browser.text("#queue-demo-notes")).as("the demo module's queue, counted")
                    .matches("Shënime për shqyrtim\\s+\\d+");
            assertThat(browser.exists("#queue-kernel-organisations")).isTrue();

            switchModule(browser, "disable", "Çaktivizuar");
            assertThat(browser.text("[id='modules:messages']")).contains("Moduli „Demonstrim\" u çaktivizua.");
            assertThat(browser.text("#state-demoaddon")).isEqualTo("Joaktiv");
            assertThat(browser.text(".rr-nav")).as("header after the switch").doesNotContain("Demonstrimi");
            assertThat(browser.text("[id='modules:table']")).contains("Kërkon modulin „demo\", i cili është i çaktivizuar.");
            assertThat(browser.text("[id='modules:history']")).contains("çaktivizoi").contains(OPERATOR);
            browser.screenshot("console-disabled");

            assertThat(status("/demo/index.xhtml")).isEqualTo(404);
            assertThat(status("/api/demo/notes")).isEqualTo(404);
            assertThat(body("/api/demo/notes")).as("the API's one error body")
                    .contains("\"status\":404", "\"error\":\"Not Found\"", "module demo is switched off");
            assertThat(body("/api/modules")).contains("\"id\":\"demo\"").contains("\"state\":\"DISABLED\"");
            browser.open("/");
            assertThat(browser.exists("#demo-widget")).isFalse();
            assertThat(browser.exists("#queue-demo-notes")).as("a switched-off module's queue is gone").isFalse();
            assertThat(browser.exists("#queue-kernel-organisations")).isTrue();
            assertThat(browser.text(".rr-nav")).doesNotContain("Demonstrimi");
            browser.open("/demo/index.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Faqja nuk u gjet");

            browser.open("/admin/modules.xhtml");
            switchModule(browser, "enable", "Aktiv");
            assertThat(browser.text("#state-demoaddon")).isEqualTo("Aktiv");

            assertThat(status("/demo/index.xhtml")).isEqualTo(200);
            assertThat(body("/api/demo/notes")).as("data intact").isEqualTo("{\"notes\":1}");
            browser.open("/");
            assertThat(browser.exists("#demo-widget")).isTrue();
            assertThat(browser.exists("#queue-demo-notes")).isTrue();
        }
    }

    @Test
    void consoleIsForOperatorsOnly() throws Exception {
        HttpResponse<String> anonymous = get("/admin/modules.xhtml");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString()
                .contains("/login.xhtml?continue=%2Fadmin%2Fmodules.xhtml");
    }

    @Test
    void publicEndpointsAnswer() throws Exception {
        HttpResponse<String> modules = get("/api/modules");
        assertThat(modules.statusCode()).isEqualTo(200);
        assertThat(modules.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(modules.body()).contains("\"id\":\"demo\"", "\"version\":\"1.2.0\"", "\"en\":\"Demonstration\"");
        assertThat(modules.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        HttpResponse<String> ready = send(HttpRequest.newBuilder(server("/health/ready")).build());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");

        HttpResponse<String> openapi = send(HttpRequest.newBuilder(server("/openapi")).build());
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/modules").contains("Rrjeti API");
    }

    /** Clicks the demo module's switch in the console, confirms, and waits for the reloaded state. */
    private static void switchModule(Browser browser, String action, String expectedState) {
        browser.driver().findElement(By.xpath(
                "//tr[.//code[normalize-space()='demo']]//button[contains(@id,':" + action + "')]")).click();
        browser.await(Duration.ofSeconds(5)).until(d -> d.findElement(
                By.cssSelector(".ui-confirm-dialog-message")).getText().contains("moduli „Demonstrim\""));
        assertThat(browser.text(".ui-confirm-dialog-message")).as("the module by its name, not its id")
                .doesNotContain("„demo\"");
        browser.waitFor(".ui-confirmdialog-yes").click();
        browser.await(Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                // the table is replaced while being read: Chrome then says "node does not belong to the document"
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> expectedState.equals(d.findElement(By.id("state-demo")).getText()));
    }

    private URI uri(String path) {
        return URI.create(app.toExternalForm().replaceAll("/$", "") + path);
    }

    private URI server(String path) {
        return URI.create(app.getProtocol() + "://" + app.getHost() + ":" + app.getPort() + path);
    }

    private int status(String path) throws IOException, InterruptedException {
        return get(path).statusCode();
    }

    private String body(String path) throws IOException, InterruptedException {
        return get(path).body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
