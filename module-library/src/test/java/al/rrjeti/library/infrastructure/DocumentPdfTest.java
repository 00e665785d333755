package al.rrjeti.library.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentPdfTest {

    @Test
    void setsTheTitleAndEveryParagraphOnAsManyPagesAsItTakes() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            text.append("Paragrafi ").append(i).append(": çështjet e prokurimit dhe të integritetit në bashki.\n");
        }
        text.append("Fund — me shenja që Helvetica nuk i ka: 中文 ✓");
        byte[] pdf = DocumentPdf.of("Qëndrim i përbashkët për sinjalizuesit", text.toString());

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
        try (PDDocument doc = Loader.loadPDF(DocumentPdf.of("Titulli", words))) {
            String extracted = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").strip();
            assertThat(extracted).isEqualTo("Titulli " + words);
        }
    }
}
