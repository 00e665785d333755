package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.TestArchives;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A newcomer on a trial installation (no mail server): registers in Albanian, reads the
 * confirmation mail in the outbox, follows the link and logs in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/verify\\.xhtml\\?token=\\S+");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.kernel("signup-it");
    }

    @ArquillianResource
    private URL app;

    @Test
    void citizenRegistersInAlbanianConfirmsThroughTheOutboxAndLogsIn() {
        String email = "qytetar." + RUN + "@example.al";
        try (Browser browser = new Browser(app)) {
            browser.open("/account/register.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Regjistrohu");
            Accessibility.assertNoSeriousViolations(browser.driver());

            browser.submit("button[id='register:submit']");
            assertThat(browser.text("form[id='register']")).as("every problem beside its field")
                    .contains("Duhet të ketë nga 2 deri në 100 shkronja.")
                    .contains("Kjo fushë është e detyrueshme.")
                    .contains("Duhet të pranoni njoftimin e privatësisë për t’u regjistruar.");

            browser.find("input[id='register:displayName']").sendKeys("<b>Qytetari</b>");
            browser.find("input[id='register:email']").sendKeys(email);
            browser.find("input[id='register:password']").sendKeys("shkurt");
            assertThat(browser.exists("li[data-rule='length'].rr-rule-ok")).as("rule ticked only when met").isFalse();
            browser.find("input[id='register:consent']").click();
            browser.submit("button[id='register:submit']");
            String refused = browser.text("form[id='register']");
            assertThat(refused).as("which rule failed, said once, beside the field")
                    .contains("Fjalëkalimi ka 6 shenja; duhet të ketë nga 10 deri në 128.");
            assertThat(refused.split("Fjalëkalimi ka 6 shenja", -1)).hasSize(2);
            assertThat(refused.split("të ketë të paktën 10 shenja", -1)).as("the rule's line only in the list").hasSize(2);
            browser.find("input[id='register:password']").sendKeys("shkurtKorrupsion26");
            assertThat(browser.exists("li[data-rule='length'].rr-rule-ok")).as("ticked as you type").isTrue();
            if (!browser.find("input[id='register:consent']").isSelected()) {
                browser.find("input[id='register:consent']").click();
            }
            browser.screenshot("register-filled");
            browser.submit("button[id='register:submit']");

            assertThat(browser.text("h1")).isEqualTo("Kontrolloni e-mailin tuaj");
            browser.submit("#outbox-link");
            browser.driver().findElement(By.linkText("Konfirmoni adresën tuaj të e-mailit")).click();
            String mail = browser.text("#mail-body");
            assertThat(mail).contains("Përshëndetje <b>Qytetari</b>");
            Matcher link = LINK.matcher(mail);
            assertThat(link.find()).as("the confirmation link").isTrue();
            browser.screenshot("outbox-mail");

            browser.driver().get(link.group());
            assertThat(browser.text("main")).contains("Adresa juaj u konfirmua dhe llogaria është aktive.");
            browser.submit("#login-link");
            logIn(browser, email, "shkurtKorrupsion26");
            assertThat(browser.text(".rr-account__name")).as("shown as text, not markup").isEqualTo("<b>Qytetari</b>");

            browser.open("/account/profile.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Profili im");
            assertThat(browser.text("main")).contains("Qytetar");
            Accessibility.assertNoSeriousViolations(browser.driver());
            new org.openqa.selenium.support.ui.Select(browser.find("select[id$=':delivery']"))
                    .selectByVisibleText("Përmbledhje ditore");
            browser.submit("button[id='prefs:save']");
            assertThat(browser.text("[id='prefs:messages']")).contains("Zgjedhjet u ruajtën.");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find("select[id$=':delivery']"))
                    .getFirstSelectedOption().getText()).isEqualTo("Përmbledhje ditore");
        }
    }

    @Test
    void loginAndRegistrationPagesAreAccessibleInEnglishToo() {
        try (Browser browser = new Browser(app)) {
            browser.open("/login.xhtml?lang=en");
            assertThat(browser.text("h1")).isEqualTo("Log in");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/account/register.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Register");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.open("/account/forgot.xhtml");
            Accessibility.assertNoSeriousViolations(browser.driver());
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        try (Browser browser = new Browser(app)) {
            for (int i = 0; i < 5; i++) {
                browser.open("/login.xhtml");
                logIn(browser, "someone." + RUN + "@example.al", "wrong-password-" + i);
                assertThat(browser.text("[id='login:messages']")).contains("nuk është i saktë");
            }
            browser.open("/login.xhtml");
            logIn(browser, "someone." + RUN + "@example.al", "wrong-password-6");
            assertThat(browser.text("[id='login:messages']")).contains("Shumë përpjekje të dështuara");
        }
    }

    @Test
    void profileIsOnlyForLoggedInPeople() {
        try (Browser browser = new Browser(app)) {
            browser.open("/account/profile.xhtml");
            assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml?continue=");
        }
    }

    private static void logIn(Browser browser, String email, String password) {
        browser.find("input[id='login:email']").sendKeys(email);
        browser.find("input[id='login:password']").sendKeys(password);
        browser.submit("button[id='login:submit']");
    }
}
