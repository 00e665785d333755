package al.rrjeti.library.web;

import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.web.Pages;
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
@Named("libraryPublicationBacking")
@RequestScoped
public class PublicationBacking {

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private TopicService topics;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private StoredFiles files;

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

    // The getters below answer empty while no publication is loaded: on a postback (the header's
    // log-out button) the view action does not run, yet Faces visits the page's lists to decode them.
    // The title and the summary are shown with libraryBilingual (the reader's language, or the other, marked).

    public BilingualText getTitle() {
        return publication == null ? BilingualText.of(null, null) : publication.getTitle();
    }

    public BilingualText getSummary() {
        return publication == null ? BilingualText.of(null, null) : publication.getSummary();
    }

    /** What the platform recorded when it seeded this publication itself (status, last check, demonstration); null otherwise. */
    public al.rrjeti.library.domain.SeededPublication getSeed() {
        if (seed == null && publication != null) {
            seed = seeds.seeded(publication.getId()).orElse(null);
        }
        return seed;
    }

    public List<String> getTopicNames() {
        if (publication == null) {
            return List.of();
        }
        return topics.all().stream().filter(t -> publication.getTopicIds().contains(t.getId()))
                .map(t -> t.getName().in(language.getLocale())).toList();
    }

    public List<OrganisationRef> getAuthors() {
        if (publication == null) {
            return List.of();
        }
        return publication.getOrganisationIds().stream().map(organisations::find).flatMap(Optional::stream).toList();
    }

    public List<LibraryCatalogue.FileSeries> getFiles() {
        if (publication == null) {
            return List.of();
        }
        return catalogue.files(publication.getId());
    }

    /** The stored file behind a library file: name, type, size. */
    public FileRef stored(PublicationFile f) {
        return files.find(f.getFileId()).orElse(null);
    }

    public boolean isPdf(PublicationFile f) {
        FileRef s = stored(f);
        return s != null && "application/pdf".equals(s.getContentType());
    }

    public boolean isVideo(PublicationFile f) {
        FileRef s = stored(f);
        return s != null && s.getContentType().startsWith("video/");
    }

    public List<Publication> getRelated() {
        if (publication == null) {
            return List.of();
        }
        return catalogue.related(publication, 5);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
