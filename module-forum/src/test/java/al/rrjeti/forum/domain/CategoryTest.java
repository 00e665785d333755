package al.rrjeti.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void aDescriptionWrittenInOneLanguageIsShownToReadersOfTheOtherMarkedWithItsLanguage() {
        Category c = new Category(Space.PUBLIC, "test", 1);
        c.describe("Pyetje", "Questions", "Vetëm në shqip.", null);
        assertThat(c.name(Locale.ENGLISH)).isEqualTo("Questions");
        assertThat(c.description(Locale.ENGLISH)).isEqualTo("Vetëm në shqip.");
        assertThat(c.descriptionLanguage(Locale.ENGLISH)).isEqualTo("sq");
        assertThat(c.descriptionLanguage(Locale.forLanguageTag("sq"))).isEqualTo("sq");
    }
}
