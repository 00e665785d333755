package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.library.domain.LinkCategory;
import al.rrjeti.library.domain.LinkDetails;
import al.rrjeti.library.domain.LinkEntry;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library's texts are kept as the kernel's bilingual value: trimmed, blank as missing, the other language marked. */
class PublicationTextsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static Publication submitted(String titleSq, String titleEn, String summarySq, String summaryEn) {
        return Publication.submit(new PublicationDetails(PublicationKind.values()[0], titleSq, titleEn, summarySq,
                summaryEn, LocalDate.of(2026, 3, 1), "en", null, null, null, Set.of(), Set.of()), 7L, null, NOW);
    }

    @Test
    void aTitleOnlyInEnglishReachesAnAlbanianReaderMarkedAsEnglish() {
        Publication p = submitted("   ", "  Procurement monitoring 2025 ", null, "Findings.");
        assertThat(p.getTitle().getSq()).as("blank counts as missing").isNull();
        assertThat(p.getTitle().getEn()).as("trimmed").isEqualTo("Procurement monitoring 2025");
        assertThat(p.getTitle().in(Language.SQ.locale())).isEqualTo("Procurement monitoring 2025");
        assertThat(p.getTitle().languageIn(Language.SQ.locale())).isEqualTo("en");
        assertThat(p.getTitle().shownTo(Language.SQ.locale()).fallback()).isTrue();
        assertThat(p.getTitle().shownTo(Language.EN.locale()).fallback()).isFalse();
        assertThat(p.getSummary().getSq()).isNull();
    }

    @Test
    void albanianFirstWhenBothExistAndAMissingSummaryIsEmptyNotNull() {
        Publication p = submitted("Monitorimi i prokurimit", "Procurement monitoring", null, " ");
        assertThat(p.getTitle().in(Language.SQ.locale())).isEqualTo("Monitorimi i prokurimit");
        assertThat(p.getTitle().in(Language.EN.locale())).isEqualTo("Procurement monitoring");
        assertThat(p.getSummary().isEmpty()).isTrue();
        assertThat(p.getSummary().in(Language.SQ.locale())).isNull();
    }

    @Test
    void aLinkKeepsItsTextsThroughTheEditorsForm() {
        LinkDetails written = new LinkDetails(LinkCategory.CSO, "Qendra", "Centre", "https://example.al/",
                null, "Only in English").normalised();
        LinkEntry link = new LinkEntry(null, written, NOW);
        assertThat(link.details()).as("the form gets back both inputs as they were").isEqualTo(written);
        assertThat(link.getDescription().in(Language.SQ.locale())).isEqualTo("Only in English");
        assertThat(link.getDescription().languageIn(Language.SQ.locale())).isEqualTo("en");
        assertThat(link.getName().in(Language.EN.locale())).isEqualTo("Centre");
    }
}
