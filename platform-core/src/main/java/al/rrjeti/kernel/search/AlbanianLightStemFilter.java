package al.rrjeti.kernel.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Joins the forms of an Albanian noun or adjective (after ASCII folding): the indefinite, definite
 * and plural forms and the case endings. One step strips the longest inflectional ending; steps
 * repeat until none applies. Repeating is what makes a word's forms meet: every inflected form's
 * first step lands on the base form ({@code sinjalizuesit} → {@code sinjalizues}, {@code shtetit} →
 * {@code shtet}), so whatever the base form then becomes, its forms become the same
 * ({@code shtet} → {@code sht} for all of {@code shtet, shteti, shtetit, shtetet}). A stem keeps at
 * least three letters; derived words keep their own suffix ({@code sinjalizim} and
 * {@code sinjalizues}, {@code vend} and {@code vendim}, {@code qytet} and {@code qytetar} stay apart).
 * No dictionary: Debian's {@code myspell-sq} lists plurals as stems of their own
 * ({@code korrupsion/Z}, {@code korrupsione/Z}), so dictionary stems would not join singular and plural.
 */
public final class AlbanianLightStemFilter extends TokenFilter {

    /** Longest first, so that "-ave" goes before "-e". */
    static final List<String> ENDINGS = List.of("eve", "ave", "ive", "esh", "ash", "ish", "ise", "ine", "ite",
            "ve", "et", "at", "it", "in", "en", "es", "ut", "un", "ia", "i", "e", "a", "u", "j");
    private static final int MIN_STEM = 3;
    private static final int MAX_STEPS = 4;

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
        if (!word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String current = word;
        for (int step = 0; step < MAX_STEPS; step++) {
            String next = step(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** One ending off, or the word as it is. */
    static String step(String word) {
        for (String ending : ENDINGS) {
            int cut = word.length() - ending.length();
            if (word.endsWith(ending) && cut >= MIN_STEM && allowed(word.substring(0, cut), ending)) {
                return word.substring(0, cut);
            }
        }
        return word;
    }

    /**
     * The agent nouns in {@code -ues} and {@code -njës} (sinjalizues, punonjës) end like a genitive
     * ({@code ankesës}) but are base forms; {@code nj} is one letter, not a stem ending in {@code j}.
     */
    private static boolean allowed(String stem, String ending) {
        return switch (ending) {
            case "es", "esh" -> !stem.endsWith("u") && !stem.endsWith("nj");
            case "j" -> !stem.endsWith("n") && !stem.endsWith("j");
            default -> true;
        };
    }
}
