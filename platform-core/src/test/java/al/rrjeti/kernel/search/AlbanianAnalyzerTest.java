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
    void shortWordsMeetTheirFormsAndTinyWordsStayWhole() throws IOException {
        assertThat(terms("dita")).isEqualTo(terms("ditë"));
        assertThat(terms("ligji")).isEqualTo(terms("ligj"));
        assertThat(terms("sinjalizues")).isEqualTo(terms("sinjalizuesit"));
        assertThat(terms("ryshfeti")).isEqualTo(terms("ryshfet"));
        assertThat(terms("nga dhe një")).containsExactly("nga", "dhe", "nje");
        assertThat(AlbanianLightStemFilter.stem("prokurimeve")).isEqualTo("prokurim");
        assertThat(terms("2024")).containsExactly("2024");
    }
}
