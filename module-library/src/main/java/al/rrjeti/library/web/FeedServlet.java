package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.domain.Publication;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code /library/feed.atom}: the newest publications as an Atom feed. */
@WebServlet("/library/feed.atom")
public class FeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private Links links;

    @Inject
    private Texts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.fromCode(request.getParameter("lang")).orElse(Language.DEFAULT).locale();
        List<Publication> latest = catalogue.latest(20);
        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getWriter());
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            element(x, "title", texts.text(LibraryModule.MESSAGES, FeedServlet.class.getClassLoader(), locale,
                    "library.feed.title"));
            element(x, "id", links.absolute("/library/feed.atom"));
            link(x, "self", links.absolute("/library/feed.atom"));
            link(x, "alternate", links.absolute("/library/"));
            element(x, "updated", time(latest.isEmpty() ? Instant.EPOCH : published(latest.get(0))));
            for (Publication p : latest) {
                String page = links.absolute("/library/publication.xhtml?id=" + p.getId());
                x.writeStartElement("entry");
                element(x, "title", p.getTitle().in(locale));
                element(x, "id", page);
                link(x, "alternate", page);
                element(x, "updated", time(published(p)));
                String summary = p.getSummary().in(locale);
                if (summary != null) {
                    element(x, "summary", summary);
                }
                x.writeStartElement("author");
                element(x, "name", "Rrjeti");
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static Instant published(Publication p) {
        return p.getWentPublicAt() != null ? p.getWentPublicAt()
                : p.getPublishedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String time(Instant instant) {
        return instant.toString();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
