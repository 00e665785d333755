package al.rrjeti.kernel.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final String BUNDLE = "al.rrjeti.kernel.api.i18n.testtexts";

    @Test
    void anArgumentInBothLanguagesIsGivenInTheLanguageOfTheText() {
        Texts texts = new Texts();
        BilingualText title = BilingualText.of("Pa ryshfet në shkolla", "No bribes in schools");
        assertThat(texts.text(BUNDLE, null, Locale.forLanguageTag("sq"), "greeting", title))
                .isEqualTo("Fushata „Pa ryshfet në shkolla“ ka një aktivitet të ri");
        assertThat(texts.text(BUNDLE, null, Locale.ENGLISH, "greeting", title))
                .isEqualTo("The campaign “No bribes in schools” has a new activity");
        assertThat(texts.text(BUNDLE, null, Locale.ENGLISH, "greeting", BilingualText.of("Vetëm shqip", null)))
                .as("the other language when one is missing").contains("Vetëm shqip");
    }
}
