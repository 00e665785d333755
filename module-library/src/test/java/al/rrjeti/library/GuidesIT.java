package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.api.text.Markdown;
import al.rrjeti.library.application.GuideService;
import al.rrjeti.library.domain.Guide;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The citizen guides: seeded once in both languages, edited by editors only, shown sanitised, searchable. */
@ExtendWith(ArquillianExtension.class)
class GuidesIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private GuideService guides;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Markdown markdown;

    @Inject
    private SearchIndex search;

    @Inject
    private al.rrjeti.library.application.TopicService topics;

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    @Test
    void theSevenGuidesAreThereInBothLanguagesAndASecondImportAddsNothing() {
        assertThat(guides.all()).extracting(Guide::getCode).containsExactly("what-is-corruption", "mechanisms",
                "institutions", "case-steps", "following-a-case", "whistleblower-protection", "how-to-report");
        assertThat(guides.all()).allSatisfy(g -> {
            assertThat(g.getBody().getSq()).isNotBlank();
            assertThat(g.getBody().getEn()).isNotBlank();
        });
        assertThat(guides.ensureBundled()).isZero();
        assertThat(search.search("sinjalizuesit", Locale.ENGLISH).groups()).flatExtracting(g -> g.hits())
                .extracting(h -> h.link()).contains("/library/guides/guide.xhtml?code=whistleblower-protection");
    }

    @Test
    void onlyEditorsEditAndWhatTheyWriteIsShownSafely() {
        fixtures.account("citizen." + RUN + "@example.al", "Qytetar", Role.CITIZEN);
        ActingUser.actAs("citizen." + RUN + "@example.al");
        assertThatThrownBy(() -> guides.edit("how-to-report", "a", "b", "c", "d"))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.account("editor." + RUN + "@example.al", "Redaktor", Role.EDITOR);
        ActingUser.actAs("editor." + RUN + "@example.al");
        assertThatThrownBy(() -> guides.edit("how-to-report", " ", "Title", "", "Body"))
                .isInstanceOf(InvalidInputException.class);
        Guide g = guides.edit("how-to-report", "Si të denonconi " + RUN, "How to report " + RUN,
                "Teksti i ri <script>alert(1)</script> **i rëndësishëm**", "New text");
        assertThat(markdown.toHtml(g.getBody().getSq())).contains("<strong>i rëndësishëm</strong>").doesNotContain("<script");
        assertThat(guides.find("how-to-report").orElseThrow().getTitle().getSq()).isEqualTo("Si të denonconi " + RUN);
        assertThat(search.search(RUN, Locale.ENGLISH).total()).as("the edit is searchable").isEqualTo(1);
    }

    @Test
    void editorsAddAndRenameTopicsOthersCannot() {
        fixtures.account("ed2." + RUN + "@example.al", "Redaktor", Role.EDITOR);
        ActingUser.actAs("ed2." + RUN + "@example.al");
        var topic = topics.add("Transparenca " + RUN, "Transparency " + RUN);
        assertThat(topic.getCode()).isEqualTo("transparency-" + RUN);
        assertThatThrownBy(() -> topics.add("Tjetër", "Transparency " + RUN)).isInstanceOf(InvalidInputException.class);
        topics.rename(topic.getCode(), "Transparenca publike " + RUN, "Public transparency " + RUN);
        assertThat(topics.all()).filteredOn(t -> t.getCode().equals(topic.getCode())).singleElement()
                .satisfies(t -> assertThat(t.getName().getSq()).isEqualTo("Transparenca publike " + RUN));
        assertThat(topics.all()).extracting(al.rrjeti.library.domain.Topic::getCode).contains("anti-corruption",
                "good-governance", "justice", "whistleblowing", "public-procurement", "integrity");

        fixtures.account("cit2." + RUN + "@example.al", "Qytetar", Role.CITIZEN);
        ActingUser.actAs("cit2." + RUN + "@example.al");
        assertThatThrownBy(() -> topics.add("A", "B")).isInstanceOf(AccessDeniedException.class);
    }
}
