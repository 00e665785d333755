package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The survey's pages, in each language, anonymous and with each role: no unmarked text of the other language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyLanguageWalkIT {

    private static final String[] BUNDLES = {"al.rrjeti.kernel.i18n.messages", SurveyModule.MESSAGES};
    private static final List<String> START = List.of("/survey/", "/survey/measure-edit.xhtml",
            "/survey/moderation.xhtml", "/survey/build.xhtml");

    @ArquillianResource
    private URL app;

    @Test
    void noSurveyPageMixesTheLanguagesUnmarked() throws Exception {
        Set<String> english = LanguageWalk.otherTexts("sq", "en", BUNDLES);
        Set<String> albanian = LanguageWalk.otherTexts("en", "sq", BUNDLES);
        List<String> found = new ArrayList<>();
        Set<String> pages = new java.util.TreeSet<>();
        for (String role : new String[] {null, "citizen", "moderator,editor"}) {
            HttpSession visitor = new HttpSession(app.toExternalForm()); // a new visitor
            if (role != null) {
                visitor.logIn(Journeys.accountWithRole(app, role,
                        "swalk." + role.replace(",", "-") + "." + System.nanoTime() + "@example.al"), Journeys.PASSWORD);
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
}
