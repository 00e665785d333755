package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.api.SearchIndexer;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import al.rrjeti.kernel.spi.SearchProvider;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.Guide;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The library's part of the kernel search: every published publication, with its titles,
 * summaries and the text of its current files.
 */
@ApplicationScoped
public class LibrarySearch implements SearchProvider {

    @Inject
    private PublicationRepository repository;

    @Inject
    private SearchIndexer index;

    @jakarta.persistence.PersistenceContext(unitName = "rrjeti-library")
    private jakarta.persistence.EntityManager em;

    @Inject
    private al.rrjeti.kernel.api.text.Markdown markdown;

    @Override
    public String moduleId() {
        return LibraryModule.ID;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<SearchDocument> documents() {
        Stream.Builder<SearchDocument> all = Stream.builder();
        int page = 0;
        List<Publication> batch;
        do {
            batch = repository.published(new PublicationQuery(null, null, null, null, null, null,
                    PublicationQuery.Sort.OLDEST, page++, 100));
            batch.forEach(p -> all.add(document(p)));
        } while (batch.size() == 100);
        em.createQuery("SELECT g FROM Guide g", Guide.class).getResultList().forEach(g -> all.add(document(g)));
        return all.build();
    }

    /** Puts a guide in the index as it is now. */
    public void changed(Guide g) {
        index.update(LibraryModule.ID, document(g));
    }

    private SearchDocument document(Guide g) {
        return SearchDocument.bilingual("guide-" + g.getCode(), "/library/guides/guide.xhtml?code=" + g.getCode(),
                Audience.EVERYONE, g.getTitle().getSq(), g.getTitle().getEn(), text(g.getBody().getSq()), text(g.getBody().getEn()));
    }

    private String text(String body) {
        return body == null || body.isBlank() ? null : markdown.toText(body);
    }

    /** Puts a publication in the index as it is now, or takes it out when it is not public. */
    public void changed(Publication p) {
        if (p.isPublished()) {
            index.update(LibraryModule.ID, document(p));
        } else {
            index.remove(LibraryModule.ID, key(p));
        }
    }

    private SearchDocument document(Publication p) {
        String files = repository.files(p.getId()).stream()
                .collect(Collectors.groupingBy(PublicationFile::getSeries)).values().stream()
                .map(versions -> versions.stream().max(java.util.Comparator.comparingInt(PublicationFile::getVersion))
                        .orElseThrow().getExtractedText())
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        boolean english = "en".equals(p.getDocumentLanguage());
        String textSq = join(p.getSummary().getSq(), english ? null : files);
        String textEn = join(p.getSummary().getEn(), english ? files : null);
        // The source (an organisation, a journal) is language-free: findable from either side.
        return SearchDocument.bilingual(key(p), "/library/publication.xhtml?id=" + p.getId(), Audience.EVERYONE,
                p.getTitle().getSq(), p.getTitle().getEn(), textSq == null ? null : join(textSq, p.getSource()),
                textEn == null ? null : join(textEn, p.getSource()));
    }

    private static String join(String... parts) {
        String joined = Stream.of(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** Takes a deleted publication out of the index. */
    public void removed(Long publicationId) {
        index.remove(LibraryModule.ID, "publication-" + publicationId);
    }

    private static String key(Publication p) {
        return "publication-" + p.getId();
    }
}
