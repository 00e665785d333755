package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URL;
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
 * A newcomer on a trial installation (no mail server): registers in Albanian, reads the
 * confirmation mail in the panel shown to the session that registered, follows the link and logs
 * in. No one else reads anyone's mail: the outbox is the operator's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class RegistrationJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/verify\\.xhtml\\?token=\\S+");

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
            assertThat(browser.text("#trial-mail")).contains("Provë: posta juaj")
                    .contains("Konfirmoni adresën tuaj të e-mailit");
            String mail = browser.text("#trial-mail-body");
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

    /**
     * The account takeover a public outbox allowed: ask a reset for someone's address, read the
     * link in the outbox. Now the outbox sends a visitor to log in, a citizen is refused, and
     * another session's registration page shows no one's mail.
     */
    @Test
    void noOneReadsAnotherPersonsMailOnATrialInstallation() {
        String victim = "viktima." + RUN + "@example.al";
        try (Browser owner = new Browser(app); Browser attacker = new Browser(app)) {
            Journeys.registerAndConfirm(owner, "Viktima", victim, "Korrupsion26x");
            attacker.open("/account/forgot.xhtml");
            attacker.find("input[id$=':email']").sendKeys(victim);
            attacker.submit("button[id$=':submit']");
            attacker.open("/account/forgot.xhtml");
            attacker.find("input[id$=':email']").sendKeys("operator@rrjeti.local");
            attacker.submit("button[id$=':submit']");
            attacker.open("/mail/outbox.xhtml");
            assertThat(attacker.driver().getCurrentUrl()).as("the outbox is the operator's").contains("/login.xhtml");
            assertThat(attacker.driver().getPageSource()).doesNotContain("reset.xhtml?token=");
            attacker.open("/mail/outbox.xhtml?id=1");
            assertThat(attacker.driver().getCurrentUrl()).contains("/login.xhtml");
            attacker.open("/account/registered.xhtml");
            assertThat(attacker.exists("#trial-mail")).as("no panel in a session that registered nothing").isFalse();
            assertThat(attacker.driver().getPageSource()).doesNotContain("token=");
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
