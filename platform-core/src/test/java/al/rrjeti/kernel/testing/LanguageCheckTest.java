package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The walks' check for text of the other language that is not marked with its {@code lang}. */
class LanguageCheckTest {

    private static final Set<String> ENGLISH = Set.of("Report a case", "Who may answer for an organisation",
            "(from 1 to 5)");

    private static List<String> unmarked(String body) {
        return LanguageCheck.unmarked(Jsoup.parse("<html lang=\"sq\"><body>" + body + "</body></html>"), "en", ENGLISH);
    }

    @Test
    void findsAKnownTextWhereverItStandsInAnElementsOwnText() {
        assertThat(unmarked("<p>Report a case</p>")).singleElement().asString().contains("'Report a case'");
        assertThat(unmarked("<p>Shiko:   REPORT  a\n case, sot.</p>")).as("spaces and case do not hide it").hasSize(1);
        assertThat(unmarked("<p>Vlerësimi 4 (from 1 to 5)</p>")).as("a text that starts with a sign").hasSize(1);
        assertThat(unmarked("<button value=\"x\" aria-label=\"Report a case\">?</button>")).as("a label").hasSize(1);
    }

    @Test
    void aTextInsideLongerWordsOrMarkedWithItsLanguageIsNotAFinding() {
        assertThat(unmarked("<p>Reports a cases</p>")).isEmpty();
        assertThat(unmarked("<p>XReport a case</p>")).isEmpty();
        assertThat(unmarked("<p>Report a cases</p>")).isEmpty();
        assertThat(unmarked("<p lang=\"en\">Report a case</p>")).isEmpty();
        assertThat(unmarked("<div lang=\"en\"><p><b>Who may answer for an organisation</b></p></div>")).isEmpty();
        assertThat(unmarked("<noscript><p>Report a case</p></noscript>")).as("what a browser running scripts never shows")
                .isEmpty();
    }

    @Test
    void eachShownTextCountsOnceWhateverItHolds() {
        assertThat(unmarked("<p>Report a case. Who may answer for an organisation?</p><p>Report a case</p>")).hasSize(2);
    }
}
