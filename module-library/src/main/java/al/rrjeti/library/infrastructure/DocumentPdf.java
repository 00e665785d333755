package al.rrjeti.library.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A text set as an A4 PDF (PDFBox): a title, then the text's paragraphs wrapped to the page, on as
 * many pages as it takes. Made for documents other modules hand to the library (minutes, joint
 * positions), so that the library keeps them like any other publication: downloadable, its text
 * extracted and indexed. Helvetica's encoding holds Albanian's ë and ç; a character it cannot show
 * becomes '?'.
 */
public final class DocumentPdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private DocumentPdf() {
    }

    public static byte[] of(String title, String text) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r", "").split("\n")) {
                lines.addAll(wrap(showable(regular, paragraph), regular, width));
            }
            PDPageContentStream content = null;
            float y = 0;
            try {
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
                            for (String t : wrap(showable(bold, title), bold, width)) {
                                content.setFont(bold, 15);
                                content.showText(t);
                                content.newLineAtOffset(0, -20);
                                y -= 20;
                            }
                            content.newLineAtOffset(0, -LEADING);
                            y -= LEADING;
                            first = false;
                        }
                        content.setFont(regular, SIZE);
                    }
                    content.showText(line);
                    content.newLineAtOffset(0, -LEADING);
                    y -= LEADING;
                }
            } finally {
                if (content != null) {
                    content.endText();
                    content.close();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String showable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.replace('\t', ' ').codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
