package al.rrjeti.library.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored publications, their files and topics. */
public interface PublicationRepository {

    Optional<Publication> find(Long id);

    void add(Publication publication);

    /** Published publications matching the query, one page. */
    List<Publication> published(PublicationQuery query);

    long countPublished(PublicationQuery query);

    /** How many published ones match each value of a facet, given the other filters. */
    Map<Object, Long> facet(String facet, PublicationQuery query);

    List<Publication> withStatus(PublicationStatus status);

    /** A cheap count, e.g. of submissions waiting for review, for the staff menu on every page. */
    long countWithStatus(PublicationStatus status);

    List<Publication> submittedBy(Long accountId);

    List<PublicationFile> files(Long publicationId);

    Optional<PublicationFile> file(Long libraryFileId);

    void add(PublicationFile file);

    void countDownload(Long libraryFileId);

    /** The publication whose file (or captions) this stored file is, if any. */
    Optional<Publication> owningFile(Long storedFileId);

    List<Topic> topics();

    Optional<Topic> topic(String code);

    void add(Topic topic);

    /**
     * Ids of the newest published publications with a topic (or, when {@code topicId} is null, of an
     * organisation), leaving one out: read from an index, without sorting the catalogue.
     */
    List<Long> newestRelated(Long topicId, Long organisationId, Long except, int max);
}
