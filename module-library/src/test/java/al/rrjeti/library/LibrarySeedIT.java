package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import al.rrjeti.library.application.PublicationSeed;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.PublicationRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On first start the library holds the information package's documents, once, searchable in both languages. */
@ExtendWith(ArquillianExtension.class)
class LibrarySeedIT {

    @Inject
    private PublicationSeed seed;

    @Inject
    private PublicationRepository repository;

    @Inject
    private SearchIndex search;

    private List<Publication> ofKind(PublicationKind kind) {
        return repository.published(new PublicationQuery(kind, null, null, null, null, null,
                PublicationQuery.Sort.OLDEST, 0, 100));
    }

    @Test
    void thePackagesDocumentsArePublicationsSeededOnce() {
        assertThat(seed.ensureFromPackage()).as("seeded at the module's start already").isZero();
        assertThat(ofKind(PublicationKind.LEGAL_ACT)).hasSizeGreaterThanOrEqualTo(12)
                .anySatisfy(p -> {
                    assertThat(p.getTitle().getSq()).isEqualTo("Ligji nr. 60/2016 \"Për sinjalizimin dhe mbrojtjen e sinjalizuesve\"");
                    assertThat(p.getTitle().getEn()).isEqualTo("Law No. 60/2016 on whistleblowing and whistleblower protection");
                    assertThat(p.getExternalUrl()).startsWith("http");
                    assertThat(p.getSummary().getSq()).contains("sektorin publik");
                    assertThat(p.getSummary().getEn()).contains("public and private sector");
                    assertThat(seed.seeded(p.getId())).hasValueSatisfying(s -> {
                        assertThat(s.getFactStatus()).isEqualTo("confirmed");
                        assertThat(s.getLastChecked()).isNotNull();
                        assertThat(s.isDemo()).isFalse();
                    });
                });
        assertThat(ofKind(PublicationKind.STRATEGY)).hasSize(2);
        assertThat(ofKind(PublicationKind.INTERNATIONAL_INSTRUMENT)).hasSize(7);
        assertThat(ofKind(PublicationKind.PERCEPTION_REPORT)).hasSizeGreaterThanOrEqualTo(20)
                .anySatisfy(p -> assertThat(p.getTitle().getEn()).isEqualTo("Corruption Perceptions Index 2024: Albania scores 42"));
        assertThat(ofKind(PublicationKind.PERCEPTION_REPORT)).filteredOn(p -> seed.seeded(p.getId()).isPresent())
                .hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(p -> assertThat(repository.files(p.getId())).as("links only, no copies").isEmpty());
    }

    @Test
    void seededPublicationsAreFoundInEitherLanguage() {
        assertThat(titles("sinjalizuesit", "sq")).contains("Ligji nr. 60/2016 \"Për sinjalizimin dhe mbrojtjen e sinjalizuesve\"");
        assertThat(titles("whistleblower", "en")).contains("Law No. 60/2016 on whistleblowing and whistleblower protection");
        assertThat(titles("Group of States", "en")).contains("Group of States against Corruption (Council of Europe)");
    }

    private List<String> titles(String q, String lang) {
        SearchResults r = search.search(q, Locale.forLanguageTag(lang));
        return r.groups().stream().flatMap(g -> g.hits().stream()).map(SearchResults.Hit::title).toList();
    }
}
