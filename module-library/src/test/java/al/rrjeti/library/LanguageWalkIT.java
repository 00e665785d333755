package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.LanguageWalk;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every page a reader reaches by links, in Albanian and in English, anonymous and logged in with
 * each role, shows no text of the other language's bundles unless it is marked with its {@code lang}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class LanguageWalkIT {

    private static final String[] BUNDLES = {"al.rrjeti.kernel.i18n.messages", LibraryModule.MESSAGES};
    private static final List<String> START = List.of("/", "/library/", "/library/info/", "/account/profile.xhtml",
            "/notifications.xhtml", "/library/review.xhtml", "/library/info/review.xhtml",
            "/moderation/organisations.xhtml", "/admin/modules.xhtml", "/search.xhtml?q=korrupsion",
            "/login.xhtml", "/account/register.xhtml");

    @ArquillianResource
    private URL app;

    @Test
    void noPageMixesTheLanguagesUnmarked() throws Exception {
        Set<String> english = LanguageWalk.otherTexts("sq", "en", BUNDLES);
        Set<String> albanian = LanguageWalk.otherTexts("en", "sq", BUNDLES);
        assertThat(english).as("the detector knows English texts").hasSizeGreaterThan(200);
        // Over HTTP, every page reachable from the start pages is read, not the first few.
        LanguageWalk.Walked walked = LanguageWalk.asEveryone(app, "walk", START, 40, english, albanian,
                null, "citizen", "cso_member", "editor,moderator,operator");
        assertThat(walked.pages()).as("pages walked").hasSizeGreaterThan(START.size());
        assertThat(walked.unmarked()).as("text of the other language without its lang").isEmpty();
    }

    @Test
    void thePasswordSwitchIsAnnouncedInThePagesLanguage() {
        try (Browser browser = new Browser(app)) {
            browser.open("/account/register.xhtml?lang=sq");
            org.openqa.selenium.WebElement mask = browser.find("[id$='_mask']");
            assertThat(mask.getAttribute("aria-label")).isEqualTo("Shfaqe fjalëkalimin");
            mask.click();
            assertThat(mask.getAttribute("aria-label")).isEqualTo("Fshihe fjalëkalimin");
            browser.open("/account/register.xhtml?lang=en");
            assertThat(browser.find("[id$='_mask']").getAttribute("aria-label")).isEqualTo("Show Password");
        }
    }
}
