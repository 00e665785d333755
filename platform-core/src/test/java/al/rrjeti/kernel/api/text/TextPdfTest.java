package al.rrjeti.kernel.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TextPdfTest {

    @Test
    void setsTheTitleAndEveryParagraphOnAsManyPagesAsItTakes() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            text.append("Paragrafi ").append(i).append(": çështjet e prokurimit dhe të integritetit në bashki.\n");
        }
        text.append("Fund — me shenja që Helvetica nuk i ka: 中文 ✓");
        byte[] pdf = TextPdf.of("Qëndrim i përbashkët për sinjalizuesit", text.toString());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("120 lines do not fit one page").isGreaterThan(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Qëndrim i përbashkët për sinjalizuesit");
            String extracted = new PDFTextStripper().getText(doc);
            assertThat(extracted).contains("Qëndrim i përbashkët për sinjalizuesit")
                    .contains("Paragrafi 1: çështjet e prokurimit").contains("Paragrafi 120:")
                    .contains("Fund — me shenja që Helvetica nuk i ka: ?? ?");
        }
    }

    @Test
    void wrapsALongLineInsteadOfCuttingIt() throws Exception {
        String words = "fjala ".repeat(300).strip();
        try (PDDocument doc = Loader.loadPDF(TextPdf.of("Titulli", words))) {
            String extracted = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").strip();
            assertThat(extracted).isEqualTo("Titulli " + words);
        }
    }

    @Test
    void breaksAWordWiderThanThePageAndMarksTheLanguage() throws Exception {
        String address = "https://rrjeti.al/" + "a".repeat(400);
        try (PDDocument doc = Loader.loadPDF(TextPdf.of("Lidhja", address, java.util.Locale.ENGLISH))) {
            String extracted = new PDFTextStripper().getText(doc);
            assertThat(extracted.lines().filter(l -> l.startsWith("https://") || l.startsWith("aaa")).count())
                    .as("the address runs over several lines, none past the margin").isGreaterThan(1);
            assertThat(extracted.replaceAll("\\s+", "")).isEqualTo("Lidhja" + address);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void anEmptyTextIsATitledPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(TextPdf.of("Procesverbali", ""))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc).strip()).isEqualTo("Procesverbali");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sq");
        }
    }
}
