package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.application.LibraryWorkflow.Attachments;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kernel search with the library as provider: words inside PDFs, Albanian forms, module switch. */
@ExtendWith(ArquillianExtension.class)
class LibrarySearchIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private SearchIndex search;

    @Inject
    private Fixtures fixtures;

    @Inject
    private ModuleRegistry registry;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        registry.setEnabled(LibraryModule.ID, true, "test");
        registry.refresh();
    }

    private void publish(String title, String pdfLine) {
        String editor = "editor." + RUN + "@example.al";
        try {
            fixtures.account(editor, "Redaktori", Role.EDITOR);
        } catch (RuntimeException exists) {
            // Made by an earlier test of this run.
        }
        ActingUser.actAs(editor);
        workflow.publishDirectly(new PublicationDetails(PublicationKind.MONITORING_REPORT, title, null, null, null,
                LocalDate.of(2026, 3, 1), "sq", null, null, null, Set.of(), Set.of()),
                new Attachments(List.of(new Upload(new ByteArrayInputStream(TextPdf.with(pdfLine)), "raport.pdf")),
                        null, null));
        ActingUser.actAs(null);
    }

    private List<String> titles(String query) {
        SearchResults r = search.search(query, Locale.forLanguageTag("sq"));
        return r.groups().stream().flatMap(g -> g.hits().stream()).map(SearchResults.Hit::title).toList();
    }

    @Test
    void findsWordsInsidePdfsInTheirAlbanianForms() {
        String title = "Raporti " + RUN;
        publish(title, "Korrupsioni ne prokurimet per femijet, dosja " + RUN);
        assertThat(titles("korrupsion " + RUN)).containsExactly(title);
        assertThat(titles("korrupsionit " + RUN)).containsExactly(title);
        assertThat(titles("fëmijë " + RUN)).as("ë finds e").containsExactly(title);
        SearchResults r = search.search("prokurimet " + RUN, Locale.ENGLISH);
        assertThat(r.groups().get(0).moduleName()).isEqualTo("Library");
        assertThat(r.groups().get(0).hits().get(0).snippet()).contains("<mark>prokurimet</mark>");
    }

    @Test
    void findsWordsInsideWordAndOpenDocumentFiles() {
        String editor = "editor3." + RUN + "@example.al";
        fixtures.account(editor, "Redaktori", Role.EDITOR);
        ActingUser.actAs(editor);
        for (String[] file : new String[][] {{"Manuali " + RUN, "manual.docx"}, {"Broshura " + RUN, "broshura.odt"}}) {
            byte[] content = file[1].endsWith(".docx")
                    ? OfficeDocs.docx("Hyrje", "Sinjalizuesit mbrohen me ligj, " + RUN + " w" + RUN)
                    : OfficeDocs.odt("Hyrje", "Sinjalizuesit mbrohen me ligj, " + RUN + " o" + RUN);
            workflow.publishDirectly(new PublicationDetails(PublicationKind.MANUAL, file[0], null, null, null,
                    LocalDate.of(2026, 2, 1), "sq", null, null, null, Set.of(), Set.of()),
                    new Attachments(List.of(new Upload(new ByteArrayInputStream(content), file[1])), null, null));
        }
        ActingUser.actAs(null);
        assertThat(titles("sinjalizuesve " + RUN)).containsExactlyInAnyOrder("Manuali " + RUN, "Broshura " + RUN);
        assertThat(titles("w" + RUN)).containsExactly("Manuali " + RUN);
        assertThat(titles("o" + RUN)).containsExactly("Broshura " + RUN);
    }

    @Test
    void aDisabledModulesResultsVanishAndComeBack() {
        String title = "Studimi " + RUN;
        publish(title, "Integriteti i gjyqtareve " + RUN);
        assertThat(titles("gjyqtareve " + RUN)).containsExactly(title);
        registry.setEnabled(LibraryModule.ID, false, "test");
        registry.refresh();
        assertThat(titles("gjyqtareve " + RUN)).isEmpty();
        registry.setEnabled(LibraryModule.ID, true, "test");
        registry.refresh();
        assertThat(titles("gjyqtareve " + RUN)).containsExactly(title);
        assertThat(search.rebuild()).as("rebuilt from the database").isPositive();
        assertThat(titles("gjyqtareve " + RUN)).containsExactly(title);
    }

    @Test
    void aDamagedPdfIsRefusedAndTheIndexIsUntouched() {
        String editor = "editor2." + RUN + "@example.al";
        fixtures.account(editor, "Redaktori", Role.EDITOR);
        ActingUser.actAs(editor);
        byte[] broken = ("%PDF-1.7\n" + RUN + " this is not really a PDF at all").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> workflow.publishDirectly(new PublicationDetails(PublicationKind.STUDY, "Broken " + RUN,
                null, null, null, LocalDate.of(2026, 1, 1), "sq", null, null, null, Set.of(), Set.of()),
                new Attachments(List.of(new Upload(new ByteArrayInputStream(broken), "broken.pdf")), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("file.damaged"));
        assertThat(titles("Broken " + RUN)).isEmpty();
    }

    @Test
    void eachLanguageIsIndexedApartAndShownInTheReadersLanguage() {
        SearchResults english = search.search("corruption", Locale.ENGLISH);
        List<SearchResults.Hit> guides = english.groups().stream().flatMap(g -> g.hits().stream())
                .filter(h -> h.link().contains("/guides/")).toList();
        assertThat(guides).extracting(SearchResults.Hit::title).contains("What is corruption?")
                .doesNotContain("Çfarë është korrupsioni?");
        assertThat(guides).allSatisfy(h -> {
            assertThat(h.titleLang()).isEqualTo("en");
            assertThat(h.snippetLang()).isEqualTo("en");
            assertThat(h.snippet()).as("no Albanian lines in an English snippet").doesNotContain("Çfarë", "korrupsion");
        });
        List<SearchResults.Hit> albanian = search.search("korrupsion", Locale.forLanguageTag("sq")).groups().stream()
                .flatMap(g -> g.hits().stream()).filter(h -> h.link().contains("/guides/")).toList();
        assertThat(albanian).extracting(SearchResults.Hit::title).contains("Çfarë është korrupsioni?")
                .doesNotContain("What is corruption?");
        assertThat(albanian).allSatisfy(h -> assertThat(h.snippet()).doesNotContain("What is", "corruption"));

        String title = "Raporti vetëm shqip " + RUN;
        publish(title, "Monitorimi i tenderave " + RUN);
        SearchResults.Hit fallback = search.search("tenderave " + RUN, Locale.ENGLISH).groups().get(0).hits().get(0);
        assertThat(fallback.title()).isEqualTo(title);
        assertThat(fallback.titleLang()).isEqualTo("sq");
        assertThat(fallback.titleForeign()).as("marked 'only in Albanian'").isTrue();
        assertThat(fallback.snippetForeign()).isTrue();
        assertThat(search.search("sinjalizues", Locale.forLanguageTag("sq")).groups()).as("the base form finds")
                .isNotEmpty();
    }
}
