package al.rrjeti.kernel.i18n;

import al.rrjeti.kernel.api.i18n.Bilingual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @Test
    void theReadersLanguageFirstThenTheOtherAndWhichOneItIs() {
        assertThat(Bilingual.pick(Locale.ENGLISH, "Ligji", "The law")).isEqualTo("The law");
        assertThat(Bilingual.language(Locale.ENGLISH, "Ligji", "The law")).isEqualTo("en");
        assertThat(Bilingual.pick(SQ, "Ligji", "The law")).isEqualTo("Ligji");
        assertThat(Bilingual.language(SQ, "Ligji", "The law")).isEqualTo("sq");

        assertThat(Bilingual.pick(Locale.ENGLISH, "Vetëm shqip", null)).isEqualTo("Vetëm shqip");
        assertThat(Bilingual.language(Locale.ENGLISH, "Vetëm shqip", null)).isEqualTo("sq");
        assertThat(Bilingual.pick(SQ, null, "English only")).isEqualTo("English only");
        assertThat(Bilingual.language(SQ, null, "English only")).isEqualTo("en");
        assertThat(Bilingual.pick(Locale.GERMAN, "Ligji", "The law")).as("other readers get Albanian first")
                .isEqualTo("Ligji");
    }
}
