package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.LanguageWalk;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page a reader reaches by links, in Albanian and in English, anonymous and logged in with
 * each role, shows no text of the other language's bundles unless it is marked with its {@code lang}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
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
        List<String> found = new ArrayList<>();
        Set<String> pages = new java.util.TreeSet<>();
        for (String role : new String[] {null, "citizen", "cso_member", "editor,moderator,operator"}) {
            HttpSession visitor = new HttpSession(app.toExternalForm()); // a new visitor
            if (role != null) {
                visitor.logIn(Journeys.accountWithRole(app, role,
                        "walk." + role.replace(",", "-") + "." + System.nanoTime() + "@example.al"), Journeys.PASSWORD);
            }
            String who = role == null ? "anonymous" : role;
            LanguageWalk.Walked sq = LanguageWalk.walk(visitor, "sq", "en", english, START, 40);
            sq.unmarked().forEach(t -> found.add(who + " sq " + t));
            pages.addAll(sq.pages());
            LanguageWalk.Walked en = LanguageWalk.walk(visitor, "en", "sq", albanian, START, 40);
            en.unmarked().forEach(t -> found.add(who + " en " + t));
            pages.addAll(en.pages());
        }
        // Walked over HTTP, every page reachable from the start pages is read, not the first few.
        assertThat(pages).as("pages walked").hasSizeGreaterThan(START.size());
        assertThat(found).as("text of the other language without its lang").isEmpty();
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
