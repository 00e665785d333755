package al.rrjeti.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The Albanian analyser on a corpus of word forms from the platform's own texts
 * ({@code albanian-forms.txt}): the forms of one word all become one term, so each finds the same
 * documents, and different words keep different terms.
 */
class AlbanianFormsCorpusTest {

    private static final Logger LOG = Logger.getLogger(AlbanianFormsCorpusTest.class.getName());

    @Test
    void everyWordsFormsMeetAndDifferentWordsStayApart() throws IOException {
        List<List<String>> groups = new ArrayList<>();
        List<List<String>> apart = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("albanian-forms.txt")), StandardCharsets.UTF_8))) {
            for (String line : (Iterable<String>) in.lines()::iterator) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                (l.startsWith("apart:") ? apart : groups).add(List.of(l.replace("apart:", "").strip().split("\\s+")));
            }
        }
        assertThat(groups.stream().mapToInt(List::size).sum()).as("word forms").isGreaterThanOrEqualTo(150);

        List<String> split = new ArrayList<>();
        int pairs = 0;
        int meeting = 0;
        for (List<String> group : groups) {
            List<String> terms = new ArrayList<>();
            for (String form : group) {
                terms.add(term(form));
            }
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    pairs++;
                    meeting += terms.get(i).equals(terms.get(j)) ? 1 : 0;
                }
            }
            if (Set.copyOf(terms).size() > 1) {
                split.add(group + " → " + terms);
            }
        }
        List<String> joined = apart.stream().filter(p -> term(p.get(0)).equals(term(p.get(1))))
                .map(p -> p + " → " + term(p.get(0))).collect(Collectors.toList());
        int pairCount = pairs;
        int meetCount = meeting;
        LOG.info(() -> "Albanian forms: " + meetCount + "/" + pairCount + " pairs of forms meet; "
                + (groups.size() - split.size()) + "/" + groups.size() + " words whole; "
                + (apart.size() - joined.size()) + "/" + apart.size() + " different words apart");
        assertThat(split).as("words whose forms do not meet").isEmpty();
        assertThat(joined).as("different words that meet").isEmpty();
    }

    private static String term(String word) {
        try (AlbanianAnalyzer analyzer = new AlbanianAnalyzer(); TokenStream ts = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            assertThat(ts.incrementToken()).as(word).isTrue();
            String t = term.toString();
            ts.end();
            return t;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
