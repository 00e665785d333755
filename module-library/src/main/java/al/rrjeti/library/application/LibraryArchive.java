package al.rrjeti.library.application;

import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.DocumentRef;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.text.TextPdf;
import al.rrjeti.kernel.spi.DocumentArchive;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The library as the platform's document archive: a meeting's minutes or a joint position handed
 * over by another module becomes a submission of the depositor's organisation, with the text set
 * as a PDF, and goes to the library's editors like every submission (the library's rules decide
 * what is published, whoever sends it). Other modules link published publications by id.
 */
@ApplicationScoped
public class LibraryArchive implements DocumentArchive {

    private static final String LICENCE = "CC BY 4.0";

    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PlatformClock clock;

    @Override
    @Transactional
    public String deposit(DocumentDeposit d) {
        PublicationKind kind = switch (d.kind()) {
            case MEETING_MINUTES -> PublicationKind.MEETING_MINUTES;
            case JOINT_POSITION -> PublicationKind.JOINT_POSITION;
        };
        BilingualText titles = BilingualText.of(blankToNull(d.titleSq()), blankToNull(d.titleEn()));
        // The document is written in its title's language, Albanian first.
        Locale albanianFirst = Language.DEFAULT.locale();
        String documentLanguage = titles.languageIn(albanianFirst);
        BilingualText summaries = BilingualText.of(blankToNull(d.summarySq()), blankToNull(d.summaryEn()));
        PublicationDetails details = new PublicationDetails(kind, titles.getSq(), titles.getEn(), summaries.getSq(),
                summaries.getEn(), clock.now().atZone(ZoneId.of("Europe/Tirane")).toLocalDate(),
                documentLanguage, null, LICENCE, d.sourceLink(), Set.of(), Set.of());
        String title = titles.in(albanianFirst);
        byte[] pdf = TextPdf.of(title, d.text(), Locale.forLanguageTag(documentLanguage));
        Upload file = new Upload(new ByteArrayInputStream(pdf), fileName(title));
        Publication p = workflow.submit(details, d.organisationId(),
                new LibraryWorkflow.Attachments(List.of(file), null, null));
        return "/library/publication.xhtml?id=" + p.getId();
    }

    @Override
    public List<DocumentRef> search(String query, int max) {
        PublicationQuery q = new PublicationQuery(null, null, null, null, null, query, PublicationQuery.Sort.NEWEST, 0, max);
        Locale reader = language.getLocale();
        return catalogue.search(q).items().stream().map(p -> ref(p, reader)).toList();
    }

    @Override
    public Optional<DocumentRef> find(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return catalogue.get(Long.valueOf(id)).filter(Publication::isPublished).map(p -> ref(p, language.getLocale()));
    }

    private static DocumentRef ref(Publication p, Locale reader) {
        return new DocumentRef(String.valueOf(p.getId()), p.getTitle().in(reader), "/library/publication.xhtml?id=" + p.getId());
    }

    private static String fileName(String title) {
        String base = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return (base.isEmpty() ? "document" : base.length() > 80 ? base.substring(0, 80) : base) + ".pdf";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
