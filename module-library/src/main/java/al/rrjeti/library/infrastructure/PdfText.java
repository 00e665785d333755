package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.api.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF (Apache PDFBox), for search. A PDF that cannot be read is refused. */
public final class PdfText {

    /** Enough for any report's words to be found; keeps a huge scan from filling the index. */
    static final int MAX_CHARS = 500_000;

    private PdfText() {
    }

    /** @throws InvalidInputException {@code file.damaged} when the PDF cannot be read */
    public static String extract(InputStream pdf, String field) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(field, "file.damaged");
        }
    }
}
