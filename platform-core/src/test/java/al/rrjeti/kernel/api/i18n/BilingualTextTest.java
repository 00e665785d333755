package al.rrjeti.kernel.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

    private static final Locale SQ = new Locale("sq");

    @Test
    void readersGetTheirLanguage() {
        BilingualText t = BilingualText.of("Korrupsioni", "Corruption");
        assertThat(t.in(SQ)).isEqualTo("Korrupsioni");
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("Corruption");
        assertThat(t.shownTo(Locale.ENGLISH)).isEqualTo(new BilingualText.Shown("Corruption", "en", false));
    }

    @Test
    void theOtherLanguageShowsMarkedWhenItIsAllThereIs() {
        BilingualText onlyAlbanian = BilingualText.of("Vetëm shqip", "  ");
        assertThat(onlyAlbanian.getEn()).isNull();
        assertThat(onlyAlbanian.shownTo(Locale.ENGLISH)).isEqualTo(new BilingualText.Shown("Vetëm shqip", "sq", true));
        BilingualText onlyEnglish = BilingualText.of(null, "Only English");
        assertThat(onlyEnglish.shownTo(SQ)).isEqualTo(new BilingualText.Shown("Only English", "en", true));
    }

    @Test
    void anEmptyTextIsEmptyInBothLanguages() {
        BilingualText none = BilingualText.of("", null);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.in(SQ)).isNull();
    }

    @Test
    void oneLanguagesVersionIsReadAndReplacedExactlyWithoutFallingBack() {
        BilingualText onlyAlbanian = BilingualText.only(Language.SQ, "Paragrafi");
        assertThat(onlyAlbanian.exactly(Language.SQ)).isEqualTo("Paragrafi");
        assertThat(onlyAlbanian.exactly(Language.EN)).as("no fallback to the other language").isNull();
        BilingualText both = onlyAlbanian.with(Language.EN, "The paragraph");
        assertThat(both).isEqualTo(BilingualText.of("Paragrafi", "The paragraph"));
        assertThat(both.with(Language.SQ, "Paragrafi i ri")).isEqualTo(BilingualText.of("Paragrafi i ri", "The paragraph"));
        assertThat(BilingualText.only(Language.EN, "Minutes")).isEqualTo(BilingualText.of(null, "Minutes"));
    }
}
