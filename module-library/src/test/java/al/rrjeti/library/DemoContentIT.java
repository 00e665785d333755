package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.DemoContent;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.library.application.PublicationSeed;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.PublicationRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Demonstration content: off by default; when added, the kernel's organisations and the library's
 * publications (with their PDFs) are marked as demonstrations; one operator action removes all.
 */
@ExtendWith(ArquillianExtension.class)
class DemoContentIT {

    @Inject
    private DemoContent demo;

    @Inject
    private PublicationRepository repository;

    @Inject
    private PublicationSeed seeds;

    @Inject
    private Organisations organisations;

    @Inject
    private SearchIndex search;

    @Inject
    private Fixtures fixtures;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    private List<Publication> demoPublications() {
        return repository.published(new PublicationQuery(null, null, null, null, null, null,
                PublicationQuery.Sort.NEWEST, 0, 100)).stream()
                .filter(p -> seeds.seeded(p.getId()).map(s -> s.isDemo()).orElse(false)).toList();
    }

    @Test
    void offByDefaultThenAddedMarkedAndRemovedInOneAction() {
        assertThat(demo.isPresent()).as("a real installation has none").isFalse();
        assertThat(demoPublications()).isEmpty();

        demo.seed();
        demo.seed();
        assertThat(demo.organisations()).hasSize(3).allSatisfy(o -> {
            assertThat(o.name()).endsWith("(demonstrim)");
            assertThat(organisations.find(o.id()).orElseThrow().isVerified()).isTrue();
            assertThat(o.representativeAccountId()).isNotNull();
        });
        Long cso = demo.organisation(OrganisationType.CSO).orElseThrow().id();
        assertThat(demoPublications()).as("added once").hasSize(3).allSatisfy(p -> {
            assertThat(p.getTitle().getSq()).endsWith("(demonstrim)");
            assertThat(p.getTitle().getEn()).endsWith("(demonstration)");
            assertThat(p.getOrganisationIds()).containsExactly(cso);
            assertThat(repository.files(p.getId())).as("a small generated PDF").hasSize(1);
        });
        assertThat(hits("tenderave demonstrim")).isNotEmpty();

        String citizen = "demo-citizen." + System.nanoTime() + "@example.al";
        fixtures.account(citizen, "Qytetar", Role.CITIZEN);
        ActingUser.actAs(citizen);
        assertThatThrownBy(demo::remove).isInstanceOf(AccessDeniedException.class);

        String operator = "demo-operator." + System.nanoTime() + "@example.al";
        fixtures.account(operator, "Operatori", Role.OPERATOR);
        ActingUser.actAs(operator);
        assertThat(demo.remove()).as("3 publications and 3 organisations").isEqualTo(6);
        assertThat(demo.isPresent()).isFalse();
        assertThat(demoPublications()).isEmpty();
        assertThat(organisations.find(cso)).isEmpty();
        assertThat(hits("tenderave demonstrim")).isEmpty();
        assertThat(repository.published(PublicationQuery.all())).as("the package's documents stay").isNotEmpty();
    }

    private List<SearchResults.Hit> hits(String q) {
        return search.search(q, Locale.forLanguageTag("sq")).groups().stream().flatMap(g -> g.hits().stream()).toList();
    }
}
