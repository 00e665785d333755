package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The survey's pages, in each language, anonymous and with each role: no unmarked text of the other language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
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
        // Over HTTP, every page reachable from the start pages is read, not the first few.
        LanguageWalk.Walked walked = LanguageWalk.asEveryone(app, "swalk", START, 40, english, albanian,
                null, "citizen", "moderator,editor");
        assertThat(walked.pages()).as("pages walked").hasSizeGreaterThan(START.size());
        assertThat(walked.unmarked()).as("text of the other language without its lang").isEmpty();
    }
}
