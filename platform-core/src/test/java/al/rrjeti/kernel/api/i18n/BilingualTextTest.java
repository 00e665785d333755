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
}
