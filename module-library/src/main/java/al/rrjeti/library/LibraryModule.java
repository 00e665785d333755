package al.rrjeti.library;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import al.rrjeti.library.application.LibraryArchive;
import al.rrjeti.library.application.TopicService;
import al.rrjeti.library.api.PublicationsResource;
import al.rrjeti.library.infrastructure.LibraryFileAccess;
import al.rrjeti.library.infrastructure.LibraryPersonalData;
import al.rrjeti.library.infrastructure.LibrarySearch;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The library's one descriptor: everything the kernel knows about the module is here. */
@ApplicationScoped
public class LibraryModule implements PlatformModule {

    public static final String ID = "library";
    public static final String MESSAGES = "al.rrjeti.library.messages";

    /** Verified CSO and institution members submit for their organisation. */
    public static final String SUBMIT = "library.submit";
    /** Editors review submissions, publish directly and manage topics. */
    public static final String EDIT = "library.edit";

    /** An editor has a submission to review. */
    public static final String SUBMITTED = "library.submitted";
    /** Your submission was published, sent back for changes, or rejected. */
    public static final String REVIEWED = "library.reviewed";
    /** Links of the directory the checker found dead (editors). */
    public static final String LINKS_DEAD = "library.links-dead";

    /** Submissions waiting for an editor. */
    public static final String REVIEW_QUEUE = "library.review";

    @Inject
    private TopicService topics;

    @Inject
    private PublicationRepository publications;

    @Inject
    private al.rrjeti.library.application.InformationPackage informationPackage;

    @Inject
    private al.rrjeti.library.application.GuideService guides;

    @Inject
    private al.rrjeti.library.application.LinkDirectory links;

    @Inject
    private al.rrjeti.library.application.LinkChecker linkChecker;

    @Inject
    private al.rrjeti.library.application.PublicationSeed publicationSeed;

    @Inject
    private al.rrjeti.library.application.TutorialSeed tutorialSeed;

    @Inject
    private al.rrjeti.library.application.LibraryDemo demo;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.0.0")
                .name("Biblioteka", "Library")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/library/", "library.nav", "pi pi-book", Audience.EVERYONE, 10)
                .navigation("/library/info/", "library.info.nav", "pi pi-info-circle", Audience.EVERYONE, 5)
                .widget("/library/widgets/latest.xhtml", Audience.EVERYONE, 10)
                .restrict("/library/submit", Audience.MEMBERS)
                .restrict("/library/mine", Audience.MEMBERS)
                .restrict("/library/review", Audience.STAFF)
                .restrict("/library/info/review", Audience.STAFF)
                .restrict("/library/guides/edit", Audience.STAFF)
                .restrict("/library/topics", Audience.STAFF)
                .restrict("/library/links-edit", Audience.STAFF)
                .permission(SUBMIT, "cso_member", "institution_member")
                .permission(EDIT, "editor", "operator")
                .notification(SUBMITTED, "library.notification.submitted", true)
                .notification(REVIEWED, "library.notification.reviewed", true)
                .notification(LINKS_DEAD, "library.notification.dead", true)
                .queue(REVIEW_QUEUE, "library.queue.review", "/library/review.xhtml", EDIT, SUBMITTED,
                        () -> publications.countWithStatus(PublicationStatus.SUBMITTED))
                .job("library.link-check", java.time.Duration.ofHours(1), () -> linkChecker.checkDue())
                .changelog("META-INF/rrjeti/library/changelog.xml")
                .search(LibrarySearch.class)
                .documents(LibraryArchive.class)
                .files(LibraryFileAccess.class)
                .rest(PublicationsResource.class)
                .stylesheet("/library/library.css")
                .uploads(al.rrjeti.library.web.LibraryUploadPages.class)
                .personalData(LibraryPersonalData.class)
                .setting("rrjeti.library.max-document-mb", "50",
                        "Dokumenti më i madh i bibliotekës që pranohet (PDF, DOCX, ODT, figurë), në MB",
                        "Largest library document accepted (PDF, DOCX, ODT, image), in MB")
                .setting("rrjeti.library.max-video-mb", "500",
                        "Videoja më e madhe e bibliotekës që pranohet (MP4, WebM), në MB",
                        "Largest library video accepted (MP4, WebM), in MB")
                .setting("rrjeti.library.link-check.enabled", "false",
                        "Kontrolluesi viziton çdo lidhje të drejtorisë një herë në ditë dhe u shënon redaktorëve"
                                + " lidhjet e vdekura; arrin adresa jashtë, ndaj ndizeni vetëm në një instalim të vërtetë",
                        "The links directory's checker visits every link once a day and marks dead links for the"
                                + " editors; it reaches outside addresses, so turn it on only on a real installation")
                .setting("rrjeti.library.link-check.every-hours", "24",
                        "Sa orë pushon një lidhje e kontrolluar para kontrollit të radhës",
                        "How long a checked link rests before its next check, in hours")
                .setting("rrjeti.library.link-check.dead-after", "3",
                        "Sa kontrolle të dështuara radhazi e bëjnë një lidhje të vdekur",
                        "Failed checks in a row that make a link dead")
                .setting("rrjeti.library.link-check.timeout-seconds", "15",
                        "Sa sekonda mund të zgjasë një vizitë",
                        "How long one visit may take, in seconds")
                .build();
    }

    @Override
    public void seed() {
        topics.ensureDefaults();
        informationPackage.importBundled();
        guides.ensureBundled();
        links.importBundled();
        publicationSeed.ensureFromPackage();
        try {
            tutorialSeed.ensureBundled();
        } catch (RuntimeException e) {
            // The library works without its tutorials; their places then say they are coming.
            java.util.logging.Logger.getLogger(LibraryModule.class.getName())
                    .log(java.util.logging.Level.WARNING, "The bundled video tutorials could not be seeded", e);
        }
    }

    @Override
    public void seedDemo() {
        demo.seed();
    }

    @Override
    public int removeDemo() {
        return demo.remove();
    }
}
