package al.rrjeti.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AlbanianAnalyzerTest {

    private static List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (AlbanianAnalyzer analyzer = new AlbanianAnalyzer(); TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void inflectedFormsMeetTheirStem() throws IOException {
        assertThat(terms("korrupsion")).isEqualTo(terms("korrupsionit"));
        assertThat(terms("korrupsioni")).isEqualTo(terms("korrupsionin"));
        assertThat(terms("institucionet")).isEqualTo(terms("institucion"));
    }

    @Test
    void diacriticsFoldBothWays() throws IOException {
        assertThat(terms("fëmijë")).isEqualTo(terms("femije"));
        assertThat(terms("fëmijëve")).isEqualTo(terms("femije"));
        assertThat(terms("çështje")).isEqualTo(terms("ceshtje"));
        assertThat(terms("ÇËSHTJA")).isEqualTo(terms("ceshtja"));
    }

    @Test
    void shortWordsKeepTheirEndings() throws IOException {
        assertThat(terms("dita")).containsExactly("dita");
        assertThat(terms("ligji")).containsExactly("ligji");
        assertThat(AlbanianLightStemFilter.stem("prokurimeve")).isEqualTo("prokurim");
    }
}
