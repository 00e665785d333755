package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.api.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word (OOXML {@code .docx}) or OpenDocument ({@code .odt}) document, for search.
 *
 * <p>Both are ZIP packages whose body is one XML part ({@code word/document.xml},
 * {@code content.xml}); the text is read from it with the JDK's StAX reader, external entities
 * off, and at most {@link #MAX_XML_BYTES} of XML read, so that a ZIP bomb cannot exhaust memory.
 * (Tika's office parsers would bring 45 MB of libraries, among them a JAXB runtime that clashes
 * with the server's; search needs only the words.)
 */
public final class OfficeText {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String OOXML = "application/x-tika-ooxml";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    /** The content types this class reads. */
    public static final Set<String> TYPES = Set.of(DOCX, OOXML, ODT);

    static final long MAX_XML_BYTES = 64L * 1024 * 1024;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OfficeText() {
    }

    /**
     * @throws InvalidInputException {@code file.damaged} when the package or its XML cannot be read,
     *         {@code file.type} when it is an office package without a text document (a spreadsheet)
     */
    public static String extract(InputStream in, String contentType, String field) {
        String part = ODT.equals(contentType) ? "content.xml" : "word/document.xml";
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (part.equals(e.getName())) {
                    return ODT.equals(contentType) ? odf(bounded(zip)) : word(bounded(zip));
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InvalidInputException(field, "file.damaged");
        }
        throw new InvalidInputException(field, ODT.equals(contentType) ? "file.damaged" : "file.type");
    }

    private static String word(InputStream xml) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        StringBuilder out = new StringBuilder();
        boolean inText = false;
        while (r.hasNext() && out.length() < PdfText.MAX_CHARS) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "t" -> inText = true;
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                if ("t".equals(r.getLocalName())) {
                    inText = false;
                } else if ("p".equals(r.getLocalName())) {
                    out.append('\n');
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                out.append(r.getText());
            }
        }
        return cut(out);
    }

    private static String odf(InputStream xml) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        StringBuilder out = new StringBuilder();
        int depth = 0; // inside text:p / text:h, where character data is text
        while (r.hasNext() && out.length() < PdfText.MAX_CHARS) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && TEXT.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p", "h" -> depth++;
                    case "s" -> out.append(' ');
                    case "tab" -> out.append('\t');
                    case "line-break" -> out.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && TEXT.equals(r.getNamespaceURI())
                    && ("p".equals(r.getLocalName()) || "h".equals(r.getLocalName()))) {
                depth--;
                out.append('\n');
            } else if (depth > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                out.append(r.getText());
            }
        }
        return cut(out);
    }

    private static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(xml, "UTF-8");
    }

    /** The part's bytes, but no more than {@link #MAX_XML_BYTES} of them. */
    private static InputStream bounded(InputStream part) {
        return new InputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int b = part.read();
                if (b >= 0 && ++read > MAX_XML_BYTES) {
                    throw new IOException("Document body larger than " + MAX_XML_BYTES + " bytes");
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = part.read(buf, off, len);
                if (n > 0 && (read += n) > MAX_XML_BYTES) {
                    throw new IOException("Document body larger than " + MAX_XML_BYTES + " bytes");
                }
                return n;
            }
        };
    }

    private static String cut(StringBuilder out) {
        String text = out.toString().strip();
        return text.length() > PdfText.MAX_CHARS ? text.substring(0, PdfText.MAX_CHARS) : text;
    }
}
