package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Browser;
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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The chat's pages in each language, for a member and a moderator: no unmarked text of the other language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class ChatLanguageWalkIT {

    private static final String[] BUNDLES = {"al.rrjeti.kernel.i18n.messages", ChatModule.MESSAGES};
    private static final List<String> START = List.of("/chat/", "/chat/moderation.xhtml", "/chat/meetings.xhtml",
            "/chat/meetings.xhtml?view=list");

    @ArquillianResource
    private URL app;

    @Test
    void noChatPageMixesTheLanguagesUnmarked() {
        Set<String> english = LanguageWalk.otherTexts("sq", "en", BUNDLES);
        Set<String> albanian = LanguageWalk.otherTexts("en", "sq", BUNDLES);
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(app)) {
            for (String role : new String[] {"cso_member", "moderator"}) {
                browser.startOver(); // a new visitor, without a new browser
                Journeys.logIn(browser, Journeys.accountWithRole(app, role,
                        "cwalk." + role + "." + System.nanoTime() + "@example.al"), Journeys.PASSWORD);
                LanguageWalk.walk(browser, "sq", "en", english, START, 8).forEach(t -> found.add(role + " sq " + t));
                LanguageWalk.walk(browser, "en", "sq", albanian, START, 8).forEach(t -> found.add(role + " en " + t));
            }
        }
        assertThat(found).as("text of the other language without its lang").isEmpty();
    }
}
