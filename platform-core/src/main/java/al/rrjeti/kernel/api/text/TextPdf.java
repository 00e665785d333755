package al.rrjeti.kernel.api.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A text set as an A4 PDF with PDFBox: a bold title, then the text's lines wrapped to the page, on
 * as many pages as it takes — for what a module hands on as a document (meeting minutes to the
 * library, a joint position's letter to an institution). Helvetica's encoding holds Albanian's ë and
 * ç; a character it cannot show becomes '?' rather than failing the document; a word wider than the
 * page is broken. The document's language and title are set, so readers and screen readers know them.
 */
public final class TextPdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float TITLE_SIZE = 15;
    private static final float TITLE_LEADING = 20;

    private TextPdf() {
    }

    /** The PDF of a title and a plain text (lines as they are, empty lines kept), in Albanian. */
    public static byte[] of(String title, String text) {
        return of(title, text, Locale.forLanguageTag("sq"));
    }

    /** The PDF of a title and a plain text, marked as written in {@code language}. */
    public static byte[] of(String title, String text, Locale language) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String heading = title == null ? "" : title.strip();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(showable(bold, heading));
            doc.getDocumentCatalog().setLanguage(language.toLanguageTag());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                lines.addAll(wrap(showable(regular, paragraph), regular, SIZE, width));
            }
            List<String> titleLines = heading.isEmpty() ? List.of() : wrap(showable(bold, heading), bold, TITLE_SIZE, width);
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
                            content.setFont(bold, TITLE_SIZE);
                            for (String t : titleLines) {
                                content.showText(t);
                                content.newLineAtOffset(0, -TITLE_LEADING);
                                y -= TITLE_LEADING;
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

    /** Lines of at most {@code width} points; a word wider than a line is cut where it must be. */
    static List<String> wrap(String paragraph, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
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
