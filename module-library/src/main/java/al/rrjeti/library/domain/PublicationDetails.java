package al.rrjeti.library.domain;

import java.time.LocalDate;
import java.util.Set;

/** What a submitter or an editor fills in about a publication. */
public record PublicationDetails(PublicationKind kind, String titleSq, String titleEn, String summarySq,
        String summaryEn, LocalDate publishedOn, String documentLanguage, String externalUrl, String licence,
        String source, Set<Long> topicIds, Set<Long> organisationIds) {

    public PublicationDetails {
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }
}
