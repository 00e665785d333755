package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** Steps that many browser journeys share, done the way a person does them. */
public final class Journeys {

    private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=\\S+");

    private Journeys() {
    }

    /**
     * Registers a citizen in the browser and confirms the address through the "trial: your mail"
     * panel that a trial installation shows the session that registered.
     */
    public static void registerAndConfirm(Browser browser, String name, String email, String password) {
        browser.open("/account/register.xhtml");
        browser.find("input[id='register:displayName']").sendKeys(name);
        browser.find("input[id='register:email']").sendKeys(email);
        browser.find("input[id='register:password']").sendKeys(password);
        browser.find("input[id='register:consent']").click();
        browser.submit("button[id='register:submit']");
        assertThat(browser.text("#trial-mail")).contains("Konfirmoni adresën tuaj të e-mailit").contains(email);
        Matcher link = LINK.matcher(browser.text("#trial-mail-body"));
        assertThat(link.find()).as("the confirmation link in the trial panel").isTrue();
        browser.driver().get(link.group());
        assertThat(browser.text("main")).contains("llogaria është aktive");
    }

    /**
     * Opens the newest mail to the address with that subject in the outbox and returns its link;
     * the browser must be logged in as the operator, who alone reads the outbox.
     */
    public static String linkInMail(Browser browser, String email, String subject) {
        browser.open("/mail/outbox.xhtml");
        browser.driver().findElement(By.xpath("//tr[td[contains(., '" + email + "')]]//a[normalize-space()='"
                + subject + "']")).click();
        Matcher link = LINK.matcher(browser.text("#mail-body"));
        assertThat(link.find()).as("a link in the mail to " + email).isTrue();
        return link.group();
    }

    /**
     * Makes an account holding the role through the test-only REST resource (deployments made
     * with {@link TestArchives#kernelWithTestSupport}); its password is {@link #PASSWORD}.
     */
    public static String accountWithRole(java.net.URL app, String role, String email) {
        return accountWithRole(app, role, email, null);
    }

    /**
     * As {@link #accountWithRole(java.net.URL, String, String)}; for a network role the account
     * represents a verified organisation of that name (the pages that register and verify one are
     * the kernel's own journey; other journeys start from here).
     */
    public static String accountWithRole(java.net.URL app, String role, String email, String organisation) {
        testSupport(app, "accounts?email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&role=" + role + (organisation == null ? "" : "&organisation="
                + java.net.URLEncoder.encode(organisation, java.nio.charset.StandardCharsets.UTF_8)), "test account " + role);
        return email;
    }

    /**
     * Moves the platform's clock of the deployment at {@code app} forward ({@link TestClockResource}),
     * for a journey that would otherwise wait for a grace period or an expiry.
     */
    public static void advanceClock(java.net.URL app, java.time.Duration by) {
        testSupport(app, "clock?seconds=" + by.toSeconds(), "the test clock");
    }

    /** POSTs to a test-only resource under {@code /api/test-support/}, which must answer 200. */
    private static void testSupport(java.net.URL app, String pathAndQuery, String what) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.toExternalForm().replaceAll("/$", "")
                                    + "/api/test-support/" + pathAndQuery))
                            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The password of accounts made by {@link #accountWithRole}. */
    public static final String PASSWORD = "Fjalekalim2026";

    /**
     * Presses the header's log-out button on the page open in the browser and checks that the
     * person is logged out: the header offers to log in, and a page for members sends to log in.
     */
    public static void logOutAndCheck(Browser browser) {
        String page = browser.driver().getCurrentUrl();
        browser.submit("input[id='logoutForm:logout'], button[id='logoutForm:logout']");
        assertThat(browser.exists("a.rr-login")).as("log-out from " + page + " ends the login: "
                + browser.text("main")).isTrue();
        browser.open("/notifications.xhtml");
        assertThat(browser.driver().getCurrentUrl()).as("logged out after " + page).contains("/login.xhtml");
    }

    public static void logIn(Browser browser, String email, String password) {
        browser.open("/login.xhtml");
        browser.find("input[id='login:email']").sendKeys(email);
        browser.find("input[id='login:password']").sendKeys(password);
        browser.submit("button[id='login:submit']");
    }

    /**
     * A representative registers (account and organisation of the given type, e.g. "INSTITUTION")
     * through the pages and the operator, logged in already in {@code operator}, verifies it.
     */
    public static void verifiedOrganisation(Browser representative, Browser operator, String type, String name,
            String email, String personName) {
        try {
            java.nio.file.Path proof = java.nio.file.Files.write(
                    java.nio.file.Files.createTempFile("ekstrakt", ".pdf"), Fixtures.pdf());
            registerAndConfirm(representative, personName, email, PASSWORD);
            logIn(representative, email, PASSWORD);
            representative.open("/organisations/register.xhtml");
            new org.openqa.selenium.support.ui.Select(representative.find("select[id='organisation:type']"))
                    .selectByValue(type);
            representative.find("input[id='organisation:name']").sendKeys(name);
            representative.find("input[id='organisation:registrationNumber']")
                    .sendKeys("K" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT));
            representative.find("input[id='organisation:contactEmail']").sendKeys("info@example.al");
            representative.find("textarea[id='organisation:descriptionSq']").sendKeys("Përshkrimi i " + name + ".");
            representative.find("input[id='organisation:proof']").sendKeys(proof.toString());
            representative.submit("button[id='organisation:submit']");
            if (!representative.exists("#org-status")) {
                throw new IllegalStateException("the organisation was not registered: " + representative.text("main"));
            }
            operator.open("/moderation/organisations.xhtml");
            operator.driver().findElement(org.openqa.selenium.By.linkText(name)).click();
            operator.submit("button[id='decision:verify']");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
