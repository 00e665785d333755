package al.rrjeti.library.application;

import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.security.Permissions;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The library as readers see it: published publications, their facets and their files. */
@ApplicationScoped
public class LibraryCatalogue {

    /** One page of results with the counts of every facet value. */
    public record Page(List<Publication> items, long total, Map<String, Map<Object, Long>> facets) {
    }

    /** A file with its older versions. */
    public record FileSeries(PublicationFile current, List<PublicationFile> history) {
    }

    @Inject
    private PublicationRepository repository;

    @Inject
    private CurrentUser caller;

    @Inject
    private Permissions permissions;

    public Page search(PublicationQuery query) {
        Map<String, Map<Object, Long>> facets = new java.util.LinkedHashMap<>();
        for (String facet : List.of("kind", "topic", "organisation", "year", "language")) {
            facets.put(facet, repository.facet(facet, query));
        }
        return new Page(repository.published(query), repository.countPublished(query), facets);
    }

    /** The newest published ones, for the home page. */
    public List<Publication> latest(int max) {
        return repository.published(new PublicationQuery(null, null, null, null, null, null,
                PublicationQuery.Sort.NEWEST, 0, max));
    }

    /** A publication the caller may see: published, or their own submission, or any for an editor. */
    public Optional<Publication> get(Long id) {
        return repository.find(id).filter(p -> p.isPublished() || permissions.may(LibraryModule.EDIT)
                || caller.account().map(a -> a.getId().equals(p.getSubmittedBy())).orElse(false));
    }

    public List<FileSeries> files(Long publicationId) {
        Map<Integer, List<PublicationFile>> bySeries = repository.files(publicationId).stream()
                .collect(Collectors.groupingBy(PublicationFile::getSeries, java.util.TreeMap::new, Collectors.toList()));
        return bySeries.values().stream().map(versions -> {
            List<PublicationFile> sorted = versions.stream()
                    .sorted(Comparator.comparingInt(PublicationFile::getVersion).reversed()).toList();
            return new FileSeries(sorted.get(0), sorted.subList(1, sorted.size()));
        }).toList();
    }

    /** Publications sharing a topic or an author with this one, newest first. */
    public List<Publication> related(Publication p, int max) {
        return repository.published(new PublicationQuery(null, p.getTopicIds().stream().findFirst().orElse(null),
                        p.getTopicIds().isEmpty() ? p.getOrganisationIds().stream().findFirst().orElse(null) : null,
                        null, null, null, PublicationQuery.Sort.NEWEST, 0, max + 1)).stream()
                .filter(r -> !r.getId().equals(p.getId())).limit(max).toList();
    }

    /** Counts one download and says which stored file to send. */
    public Optional<PublicationFile> download(Long libraryFileId) {
        Optional<PublicationFile> file = repository.file(libraryFileId)
                .filter(f -> get(f.getPublicationId()).isPresent());
        file.ifPresent(f -> repository.countDownload(f.getId()));
        return file;
    }

}
