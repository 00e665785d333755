package al.rrjeti.campaigns.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Plain text laid out as an A4 PDF with PDFBox: wrapped lines, as many pages as it takes. The
 * standard Helvetica covers Albanian (ë, ç are in its encoding); a character it cannot write
 * becomes "?" rather than failing the letter.
 */
final class LetterPdf {

    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float MARGIN = 56;

    private LetterPdf() {
    }

    static byte[] of(String title, String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(writable(bold, title));
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
                lines.addAll(wrap(font, writable(font, paragraph), width));
            }
            PDPageContentStream content = null;
            float y = 0;
            boolean first = true;
            for (String line : lines) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.endText();
                        content.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    content = new PDPageContentStream(doc, page);
                    content.beginText();
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    content.newLineAtOffset(MARGIN, y);
                    if (first) {
                        content.setFont(bold, SIZE + 3);
                        for (String t : wrap(bold, writable(bold, title), width)) {
                            content.showText(t);
                            content.newLineAtOffset(0, -LEADING - 3);
                            y -= LEADING + 3;
                        }
                        content.newLineAtOffset(0, -LEADING);
                        y -= LEADING;
                        first = false;
                    }
                    content.setFont(font, SIZE);
                }
                content.showText(line);
                content.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (content != null) {
                content.endText();
                content.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(PDType1Font font, String paragraph, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot encode replaced, tabs as spaces. */
    private static String writable(PDType1Font font, String s) {
        StringBuilder out = new StringBuilder();
        s.replace('\t', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
