package al.rrjeti.kernel.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips the commonest Albanian noun and adjective endings (definite and plural forms, after
 * ASCII folding) from words long enough to keep a stem of five letters: {@code korrupsionit},
 * {@code korrupsioni}, {@code korrupsionin} all become {@code korrupsion}. Deliberately light:
 * it joins forms of one word more often than it confuses two.
 */
public final class AlbanianLightStemFilter extends TokenFilter {

    /** Longest first, so that "-ave" goes before "-e". */
    static final List<String> ENDINGS = List.of("ave", "eve", "ise", "it", "in", "et", "es", "ve", "te", "ra",
            "ja", "ne", "i", "e", "a", "u", "t");
    private static final int MIN_STEM = 5;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public AlbanianLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            String stem = stem(word);
            if (!stem.equals(word)) {
                term.setEmpty().append(stem);
            }
        }
        return true;
    }

    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
