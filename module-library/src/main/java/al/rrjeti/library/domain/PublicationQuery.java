package al.rrjeti.library.domain;

/**
 * What a reader is looking for in the catalogue: each filter optional.
 *
 * @param page from 0
 */
public record PublicationQuery(PublicationKind kind, Long topicId, Long organisationId, Integer year,
        String language, String text, Sort sort, int page, int pageSize) {

    /** Orders of the list. */
    public enum Sort {
        NEWEST, OLDEST, TITLE
    }

    public PublicationQuery {
        sort = sort == null ? Sort.NEWEST : sort;
        page = Math.max(0, page);
        pageSize = pageSize <= 0 || pageSize > 100 ? 20 : pageSize;
    }

    public static PublicationQuery all() {
        return new PublicationQuery(null, null, null, null, null, null, Sort.NEWEST, 0, 20);
    }
}
