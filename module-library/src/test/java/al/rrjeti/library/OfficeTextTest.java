package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.library.infrastructure.OfficeText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OfficeTextTest {

    @Test
    void readsTheParagraphsOfAWordDocument() {
        byte[] docx = OfficeDocs.docx("Raporti i monitorimit të prokurimeve", "Fëmijët & të rinjtë <2026>");
        assertThat(OfficeText.extract(new ByteArrayInputStream(docx), OfficeText.OOXML, "document"))
                .isEqualTo("Raporti i monitorimit të prokurimeve\nFëmijët & të rinjtë <2026>");
    }

    @Test
    void readsTheParagraphsOfAnOpenDocumentText() {
        byte[] odt = OfficeDocs.odt("Mbrojtja e sinjalizuesve", "Ligji nr. 60/2016");
        assertThat(OfficeText.extract(new ByteArrayInputStream(odt), OfficeText.ODT, "document"))
                .isEqualTo("Mbrojtja e sinjalizuesve\nLigji nr. 60/2016");
    }

    @Test
    void refusesWhatIsNotAReadablePackage() {
        byte[] junk = "PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OfficeText.extract(new ByteArrayInputStream(junk), OfficeText.DOCX, "document"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("document"));
    }

    @Test
    void refusesAnOfficePackageThatIsNoTextDocument() {
        byte[] odtAsDocx = OfficeDocs.odt("x");
        assertThatThrownBy(() -> OfficeText.extract(new ByteArrayInputStream(odtAsDocx), OfficeText.OOXML, "document"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("file.type"));
    }

    @Test
    void ignoresExternalEntities() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>a&x;b</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = zipWithDocument(xml);
        String text;
        try {
            text = OfficeText.extract(new ByteArrayInputStream(docx), OfficeText.OOXML, "document");
        } catch (InvalidInputException refused) {
            return; // refusing the document is as safe as ignoring the entity
        }
        assertThat(text).doesNotContain("root:");
    }

    private static byte[] zipWithDocument(String xml) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
