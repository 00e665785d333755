package al.rrjeti.library.application;

import al.rrjeti.kernel.api.DemoContent;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.SeededPublication;
import al.rrjeti.library.domain.Topic;
import al.rrjeti.library.infrastructure.LibrarySearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The library's demonstration content on a trial installation: three publications of the
 * demonstration CSO, each with a small generated PDF, titled and badged as demonstrations.
 */
@ApplicationScoped
public class LibraryDemo {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    private record Item(String key, PublicationKind kind, String topic, String titleSq, String titleEn,
            String summarySq, String summaryEn, String pdfLine) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("demo-procurement", PublicationKind.MONITORING_REPORT, "public-procurement",
                    "Monitorimi i tenderave në një bashki shembull (demonstrim)",
                    "Monitoring the tenders of a sample municipality (demonstration)",
                    "Raport shembull për të provuar bibliotekën: si lexohen gjetjet e një monitorimi të prokurimeve.",
                    "A sample report for trying the library: how the findings of a procurement monitoring read.",
                    "Demonstrim - Monitorimi i tenderave: 12 procedura, 3 me nje ofertues te vetem."),
            new Item("demo-whistleblowing", PublicationKind.MANUAL, "whistleblowing",
                    "Udhëzues shembull për sinjalizuesit (demonstrim)",
                    "A sample guide for whistle-blowers (demonstration)",
                    "Udhëzues shembull: hapat e sinjalizimit dhe mbrojtja nga hakmarrja.",
                    "A sample guide: the steps of whistle-blowing and protection from retaliation.",
                    "Demonstrim - Udhezues per sinjalizuesit: ku te sinjalizoni dhe si mbroheni."),
            new Item("demo-perception", PublicationKind.PERCEPTION_REPORT, "anti-corruption",
                    "Anketë shembull mbi perceptimin e korrupsionit (demonstrim)",
                    "A sample survey on the perception of corruption (demonstration)",
                    "Shifra të sajuara për provë, jo të vërteta.",
                    "Made-up figures for trying the platform, not real ones.",
                    "Demonstrim - Anketa: shifra te sajuara per prove, jo te verteta."));

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private PublicationRepository repository;

    @Inject
    private StoredFiles files;

    @Inject
    private LibrarySearch search;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private DemoContent demo;

    @Inject
    private PlatformClock clock;

    /** Adds what is missing; idempotent. */
    @Transactional
    public void seed() {
        publicChange.fire(PublicContentChanged.of("library"));
        var cso = demo.organisation(OrganisationType.CSO);
        Long author = cso.map(DemoContent.DemoOrganisation::representativeAccountId).orElse(SeededPublication.PLATFORM);
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        for (Item item : ITEMS) {
            if (em.find(SeededPublication.class, item.key()) != null) {
                continue;
            }
            Set<Long> topics = repository.topic(item.topic()).map(Topic::getId).map(Set::of).orElse(Set.of());
            Publication p = Publication.submit(new PublicationDetails(item.kind(), item.titleSq(), item.titleEn(),
                    item.summarySq(), item.summaryEn(), today, "sq", null, null,
                    cso.map(DemoContent.DemoOrganisation::name).orElse(null), topics,
                    cso.map(o -> Set.of(o.id())).orElse(Set.of())), author, null, clock.now());
            p.publish(clock.now());
            repository.add(p);
            em.flush();
            Long stored = files.store(new ByteArrayInputStream(OnePagePdf.withLine(item.pdfLine())), item.key() + ".pdf",
                    LibraryFileKinds.document(5), "document").getId();
            PublicationFile file = new PublicationFile(p.getId(), 1, 1, stored, null, author, clock.now());
            file.setExtractedText(item.pdfLine());
            repository.add(file);
            em.persist(new SeededPublication(item.key(), p.getId(), null, today, true));
            search.changed(p);
        }
        catalogue.changed();
    }

    /** Removes the demonstration publications (their files' rows go with them); returns how many. */
    @Transactional
    public int remove() {
        publicChange.fire(PublicContentChanged.of("library"));
        List<SeededPublication> seeded = em.createQuery("SELECT s FROM SeededPublication s WHERE s.demo = TRUE",
                SeededPublication.class).getResultList();
        for (SeededPublication s : seeded) {
            repository.find(s.getPublicationId()).ifPresent(p -> {
                search.removed(p.getId());
                em.remove(p);
            });
        }
        catalogue.changed();
        return seeded.size();
    }
}
