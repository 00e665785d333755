package al.rrjeti.library.web;

import al.rrjeti.kernel.files.FileStore;
import al.rrjeti.kernel.files.StoredFile;
import al.rrjeti.kernel.i18n.CurrentLanguage;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.web.Pages;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.application.TopicService;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** {@code library/publication.xhtml}: one publication with its files, versions and related ones. */
@Named
@RequestScoped
public class PublicationBacking {

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private TopicService topics;

    @Inject
    private Organisations organisations;

    @Inject
    private FileStore files;

    @Inject
    private CurrentLanguage language;

    private Long id;
    private Publication publication;
    private al.rrjeti.library.domain.SeededPublication seed;

    @Inject
    private al.rrjeti.library.application.PublicationSeed seeds;

    /** 404 unless the caller may see the publication. */
    public void load() {
        publication = id == null ? null : catalogue.get(id).orElse(null);
        if (publication == null) {
            Pages.notFound();
        }
    }

    public Publication getPublication() {
        return publication;
    }

    public String getTitle() {
        return publication == null ? "" : publication.title(language.getLocale());
    }

    public String getSummary() {
        return publication.summary(language.getLocale());
    }

    /** The language of the title shown ({@code lang}); the other language's when the reader's is missing. */
    public String getTitleLanguage() {
        return publication == null ? language.getCode()
                : al.rrjeti.kernel.i18n.Bilingual.language(language.getLocale(), publication.getTitleSq(),
                        publication.getTitleEn());
    }

    public String getSummaryLanguage() {
        return al.rrjeti.kernel.i18n.Bilingual.language(language.getLocale(), publication.getSummarySq(),
                publication.getSummaryEn());
    }

    /** What the platform recorded when it seeded this publication itself (status, last check, demonstration); null otherwise. */
    public al.rrjeti.library.domain.SeededPublication getSeed() {
        if (seed == null && publication != null) {
            seed = seeds.seeded(publication.getId()).orElse(null);
        }
        return seed;
    }

    public List<String> getTopicNames() {
        return topics.all().stream().filter(t -> publication.getTopicIds().contains(t.getId()))
                .map(t -> t.name(language.getLocale())).toList();
    }

    public List<Organisation> getAuthors() {
        return publication.getOrganisationIds().stream().map(organisations::find).flatMap(Optional::stream).toList();
    }

    public List<LibraryCatalogue.FileSeries> getFiles() {
        return catalogue.files(publication.getId());
    }

    /** The stored file behind a library file: name, type, size. */
    public StoredFile stored(PublicationFile f) {
        return files.find(f.getFileId()).orElse(null);
    }

    public boolean isPdf(PublicationFile f) {
        StoredFile s = stored(f);
        return s != null && "application/pdf".equals(s.getContentType());
    }

    public boolean isVideo(PublicationFile f) {
        StoredFile s = stored(f);
        return s != null && s.getContentType().startsWith("video/");
    }

    public List<Publication> getRelated() {
        return catalogue.related(publication, 5);
    }

    public String title(Publication p) {
        return p.title(language.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
