package al.rrjeti.library;

import al.rrjeti.library.application.OnePagePdf;

/** A real one-page PDF with a line of text, for tests (the module's own {@link OnePagePdf}). */
final class TextPdf {

    private TextPdf() {
    }

    static byte[] with(String line) {
        return OnePagePdf.withLine(line);
    }
}
