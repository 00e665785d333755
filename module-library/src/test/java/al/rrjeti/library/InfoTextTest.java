package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.library.domain.InfoText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A package text reaches the reader in the reader's language, or in the other one marked as such. */
class InfoTextTest {

    @Test
    void theReadersLanguageFirstThenTheOtherMarked() {
        Map<String, Object> both = Map.of("use_for_sq", "Ankesa", "use_for_en", "Complaints");
        assertThat(InfoText.of(both, "use_for", Language.SQ)).isEqualTo(new InfoText("Ankesa", "sq", false));
        assertThat(InfoText.of(both, "use_for", Language.EN)).isEqualTo(new InfoText("Complaints", "en", false));

        Map<String, Object> englishOnly = Map.of("steps_en", List.of("Write it.", " Send it. "));
        InfoText shown = InfoText.of(englishOnly, "steps", Language.SQ);
        assertThat(shown.lang()).isEqualTo("en");
        assertThat(shown.foreign()).as("marked 'vetëm në anglisht'").isTrue();
        assertThat(shown.items()).containsExactly("Write it.", "Send it.");

        assertThat(InfoText.of(Map.of("sq", "Shpërdorimi i detyrës"), "", Language.EN))
                .isEqualTo(new InfoText("Shpërdorimi i detyrës", "sq", true));
    }

    @Test
    void languageFreeFieldsAreShownAsTheyAreAndBlankCountsAsMissing() {
        assertThat(InfoText.of(Map.of("address", "Rruga Jordan Misja"), "address", Language.EN))
                .isEqualTo(new InfoText("Rruga Jordan Misja", "en", false));
        assertThat(InfoText.of(Map.of("name_sq", " ", "name_en", "Law"), "name", Language.SQ).foreign()).isTrue();
        assertThat(InfoText.of(Map.of(), "description", Language.SQ).isEmpty()).isTrue();
    }

    @Test
    void aBilingualValueShowsTheSameWay() {
        BilingualText englishOnly = BilingualText.of(null, "Anti-corruption agency");
        assertThat(InfoText.of(englishOnly, Language.SQ)).isEqualTo(new InfoText("Anti-corruption agency", "en", true));
        assertThat(InfoText.of(englishOnly, Language.EN)).isEqualTo(new InfoText("Anti-corruption agency", "en", false));
        assertThat(InfoText.of(BilingualText.of("Agjencia", "Agency"), Language.SQ))
                .isEqualTo(new InfoText("Agjencia", "sq", false));
        InfoText untitled = InfoText.of(BilingualText.of(" ", null), Language.EN);
        assertThat(untitled.isEmpty()).isTrue();
        assertThat(untitled.lang()).as("nothing to mark").isEqualTo("en");
        assertThat(untitled.foreign()).isFalse();
    }
}
