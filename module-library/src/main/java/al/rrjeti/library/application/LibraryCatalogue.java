package al.rrjeti.library.application;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
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
    private Caller caller;

    @Inject
    private Permissions permissions;

    /** Facet counts and totals per filter, until the catalogue changes (or a few minutes pass, for other instances). */
    private final Map<PublicationQuery, Counts> counts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private static final java.time.Duration COUNTS_KEPT = java.time.Duration.ofMinutes(5);
    private static final int COUNTS_MAX = 1_000;

    private record Counts(long generation, java.time.Instant madeAt, long total, Map<String, Map<Object, Long>> facets) {
    }

    public Page search(PublicationQuery query) {
        PublicationQuery key = new PublicationQuery(query.kind(), query.topicId(), query.organisationId(), query.year(),
                query.language(), query.text(), PublicationQuery.Sort.NEWEST, 0, 1);
        long now = generation.get();
        Counts c = counts.get(key);
        if (c == null || c.generation() != now
                || c.madeAt().isBefore(java.time.Instant.now().minus(COUNTS_KEPT))) {
            Map<String, Map<Object, Long>> facets = new java.util.LinkedHashMap<>();
            for (String facet : List.of("kind", "topic", "organisation", "year", "language")) {
                facets.put(facet, repository.facet(facet, query));
            }
            c = new Counts(now, java.time.Instant.now(), repository.countPublished(query), facets);
            if (counts.size() >= COUNTS_MAX) {
                counts.clear();
            }
            counts.put(key, c);
        }
        return new Page(repository.published(query), c.total(), c.facets());
    }

    /** The published catalogue changed: counts are made afresh. */
    public void changed() {
        generation.incrementAndGet();
        counts.clear();
        related.clear();
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
        long now = generation.get();
        Related r = related.get(p.getId());
        if (r == null || r.generation() != now || r.max() != max
                || r.madeAt().isBefore(java.time.Instant.now().minus(COUNTS_KEPT))) {
            if (related.size() >= COUNTS_MAX) {
                related.clear();
            }
            r = new Related(now, java.time.Instant.now(), max, findRelated(p, max).stream().map(Publication::getId)
                    .toList());
            related.put(p.getId(), r);
        }
        return r.ids().stream().map(repository::find).flatMap(Optional::stream).filter(Publication::isPublished)
                .toList();
    }

    /** Related publications per publication, kept like the counts: sorting thousands of rows per page view is not free. */
    private final Map<Long, Related> related = new java.util.concurrent.ConcurrentHashMap<>();

    private record Related(long generation, java.time.Instant madeAt, int max, List<Long> ids) {
    }

    private List<Publication> findRelated(Publication p, int max) {
        Long topic = p.getTopicIds().stream().sorted().findFirst().orElse(null);
        Long organisation = topic != null ? null : p.getOrganisationIds().stream().sorted().findFirst().orElse(null);
        return repository.newestRelated(topic, organisation, p.getId(), max).stream().map(repository::find)
                .flatMap(Optional::stream).toList();
    }

    /** Counts one download and says which stored file to send. */
    public Optional<PublicationFile> download(Long libraryFileId) {
        Optional<PublicationFile> file = repository.file(libraryFileId)
                .filter(f -> get(f.getPublicationId()).isPresent());
        file.ifPresent(f -> repository.countDownload(f.getId()));
        return file;
    }

}
