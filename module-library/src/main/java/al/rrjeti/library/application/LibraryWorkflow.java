package al.rrjeti.library.application;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.StaffAlerts;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.PublicationStatus;
import al.rrjeti.library.infrastructure.LibrarySearch;
import al.rrjeti.library.infrastructure.OfficeText;
import al.rrjeti.library.infrastructure.PdfText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a publication reaches the library: a verified CSO or institution member submits it for
 * their organisation; an editor publishes it, sends it back for changes with a comment, or
 * rejects it; the submitter is notified at each step. Editors may also publish directly.
 */
@ApplicationScoped
public class LibraryWorkflow {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    private static final String BUNDLE = "al.rrjeti.library.messages";

    @Inject
    private Caller caller;

    @Inject
    private Permissions permissions;

    @Inject
    private PublicationRepository repository;

    @Inject
    private PublicationRules rules;

    @Inject
    private StoredFiles files;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private People accounts;

    @Inject
    private Notifier notifications;

    @Inject
    private StaffAlerts staffAlerts;

    @Inject
    private PlatformClock clock;

    @Inject
    private LibrarySearch search;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    @ConfigProperty(name = "rrjeti.library.max-document-mb", defaultValue = "50")
    private long maxDocumentMb;

    @Inject
    @ConfigProperty(name = "rrjeti.library.max-video-mb", defaultValue = "500")
    private long maxVideoMb;

    /**
     * The files that come with a submission: documents, and a video with its captions (in the
     * video's language, and in English for an Albanian video).
     */
    public record Attachments(List<Upload> documents, Upload video, Upload captions, Upload captionsEn) {

        public Attachments(List<Upload> documents, Upload video, Upload captions) {
            this(documents, video, captions, null);
        }

        public Attachments {
            documents = documents == null ? List.of() : documents.stream().filter(u -> u != null).toList();
        }

        public static Attachments none() {
            return new Attachments(List.of(), null, null);
        }

        boolean isEmpty() {
            return documents.isEmpty() && video == null;
        }
    }

    /** OrganisationLookup the caller may submit for: verified CSOs and institutions they belong to. */
    public List<OrganisationRef> submittableOrganisations() {
        return caller.account().map(me -> organisations.membershipsOf(me.getId()).stream()
                .map(m -> organisations.find(m.organisationId())).flatMap(java.util.Optional::stream)
                .filter(OrganisationRef::isVerified)
                .filter(o -> o.getType() == OrganisationType.CSO || o.getType() == OrganisationType.INSTITUTION)
                .toList()).orElse(List.of());
    }

    /**
     * @throws InvalidInputException for the details or a file
     * @throws AccessDeniedException unless the caller is a member of that verified organisation
     */
    @Transactional
    public Publication submit(PublicationDetails details, Long organisationId, Attachments attachments) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.SUBMIT);
        Person me = caller.requireAccount();
        if (submittableOrganisations().stream().noneMatch(o -> o.getId().equals(organisationId))) {
            throw new AccessDeniedException();
        }
        Set<Long> authors = new HashSet<>(details.organisationIds());
        authors.add(organisationId);
        PublicationDetails d = withAuthors(details, authors);
        rules.check(d, attachments.isEmpty());
        Publication p = Publication.submit(d, me.getId(), organisationId, clock.now());
        repository.add(p);
        attach(p, attachments, me);
        tellEditors(p);
        return p;
    }

    /** An editor publishes without review, e.g. a legal act or the initiative's own report. */
    @Transactional
    public Publication publishDirectly(PublicationDetails details, Attachments attachments) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        Person me = caller.requireAccount();
        rules.check(details, attachments.isEmpty());
        Publication p = Publication.submit(details, me.getId(), null, clock.now());
        p.publish(clock.now());
        repository.add(p);
        attach(p, attachments, me);
        search.changed(p);
        catalogue.changed();
        return p;
    }

    public List<Publication> queue() {
        permissions.require(LibraryModule.EDIT);
        return repository.withStatus(PublicationStatus.SUBMITTED);
    }

    @Transactional
    public Publication approve(Long id) {
        publicChange.fire(PublicContentChanged.of("library"));
        Publication p = underReview(id);
        p.publish(clock.now());
        search.changed(p);
        catalogue.changed();
        notifySubmitter(p, "library.notification.published.title", "/library/publication.xhtml?id=" + p.getId());
        return p;
    }

    @Transactional
    public Publication requestChanges(Long id, String comment) {
        publicChange.fire(PublicContentChanged.of("library"));
        Publication p = underReview(id);
        p.requestChanges(rules.comment(comment));
        notifySubmitter(p, "library.notification.changes.title", "/library/mine.xhtml");
        return p;
    }

    @Transactional
    public Publication reject(Long id, String comment) {
        publicChange.fire(PublicContentChanged.of("library"));
        Publication p = underReview(id);
        p.reject(rules.comment(comment));
        notifySubmitter(p, "library.notification.rejected.title", "/library/mine.xhtml");
        return p;
    }

    /** The submitter sends corrected details (and more files) after an editor asked for changes. */
    @Transactional
    public Publication resubmit(Long id, PublicationDetails details, Attachments attachments) {
        publicChange.fire(PublicContentChanged.of("library"));
        Person me = caller.requireAccount();
        Publication p = repository.find(id).filter(x -> x.getSubmittedBy().equals(me.getId()))
                .orElseThrow(AccessDeniedException::new);
        if (p.getStatus() != PublicationStatus.CHANGES_REQUESTED) {
            throw new BusinessException("library.not-now");
        }
        Set<Long> authors = new HashSet<>(details.organisationIds());
        authors.add(p.getSubmittedFor());
        PublicationDetails d = withAuthors(details, authors);
        rules.check(d, attachments.isEmpty() && repository.files(id).isEmpty());
        p.apply(d);
        p.resubmit();
        attach(p, attachments, me);
        tellEditors(p);
        return p;
    }

    /** A new version of one of the files; the old one stays in the history. */
    @Transactional
    public PublicationFile addVersion(Long id, int series, Upload upload) {
        publicChange.fire(PublicContentChanged.of("library"));
        Person me = caller.requireAccount();
        Publication p = repository.find(id).orElseThrow(() -> new BusinessException("library.unknown"));
        boolean editor = permissions.may(LibraryModule.EDIT);
        if (!editor && !(p.getSubmittedBy().equals(me.getId()) && !p.isPublished())) {
            throw new AccessDeniedException();
        }
        int version = repository.files(id).stream().filter(f -> f.getSeries() == series)
                .mapToInt(PublicationFile::getVersion).max()
                .orElseThrow(() -> new BusinessException("library.unknown"));
        FileRef stored = files.store(upload.content(), upload.name(), LibraryFileKinds.document(maxDocumentMb),
                "file");
        PublicationFile file = new PublicationFile(id, series, version + 1, stored.getId(), null, me.getId(),
                clock.now());
        file.setExtractedText(text(stored, "file"));
        repository.add(file);
        search.changed(p);
        catalogue.changed();
        return file;
    }

    /** The caller's own submissions, newest first. */
    public List<Publication> mine() {
        return repository.submittedBy(caller.requireAccount().getId());
    }

    private Publication underReview(Long id) {
        permissions.require(LibraryModule.EDIT);
        Publication p = repository.find(id).orElseThrow(() -> new BusinessException("library.unknown"));
        if (p.getStatus() != PublicationStatus.SUBMITTED) {
            throw new BusinessException("library.not-now");
        }
        return p;
    }

    private void attach(Publication p, Attachments a, Person by) {
        int series = repository.files(p.getId()).stream().mapToInt(PublicationFile::getSeries).max().orElse(0);
        for (Upload doc : a.documents()) {
            FileRef stored = files.store(doc.content(), doc.name(), LibraryFileKinds.document(maxDocumentMb),
                    "document");
            PublicationFile file = new PublicationFile(p.getId(), ++series, 1, stored.getId(), null, by.getId(),
                    clock.now());
            file.setExtractedText(text(stored, "document"));
            repository.add(file);
        }
        if (a.video() != null) {
            Long video = files.store(a.video().content(), a.video().name(), LibraryFileKinds.video(maxVideoMb), "video")
                    .getId();
            Long captions = a.captions() == null ? null : files.store(a.captions().content(), a.captions().name(),
                    LibraryFileKinds.CAPTIONS, "captions").getId();
            PublicationFile file = new PublicationFile(p.getId(), ++series, 1, video, captions, by.getId(), clock.now());
            if (a.captionsEn() != null) {
                file.setCaptionsEnFileId(files.store(a.captionsEn().content(), a.captionsEn().name(),
                        LibraryFileKinds.CAPTIONS, "captionsEn").getId());
            }
            repository.add(file);
        }
    }

    /** The text of a PDF, Word or OpenDocument file, for search; one that cannot be read is refused. */
    private String text(FileRef stored, String field) {
        boolean pdf = "application/pdf".equals(stored.getContentType());
        if (!pdf && !OfficeText.TYPES.contains(stored.getContentType())) {
            return null;
        }
        try (InputStream in = files.open(stored)) {
            return pdf ? PdfText.extract(in, field) : OfficeText.extract(in, stored.getContentType(), field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void notifySubmitter(Publication p, String titleKey, String link) {
        notify(p.getSubmittedBy(), LibraryModule.REVIEWED, titleKey, p, link);
    }

    private void notify(Long accountId, String type, String titleKey, Publication p, String link) {
        notifications.notify(accountId, type, text(titleKey, p, link));
    }

    /** A submission entered the review queue: everyone who may review it hears of it. */
    private void tellEditors(Publication p) {
        staffAlerts.entered(LibraryModule.REVIEW_QUEUE, text("library.notification.submitted.title", p,
                "/library/review.xhtml#publication-" + p.getId()));
    }

    private static NotificationText text(String titleKey, Publication p, String link) {
        return new NotificationText(BUNDLE, LibraryWorkflow.class.getClassLoader(), titleKey,
                p.getReviewComment() == null ? null : "library.notification.comment", link,
                p.getTitle(), // the kernel gives it in each recipient's language
                p.getReviewComment() == null ? "" : p.getReviewComment());
    }

    private static PublicationDetails withAuthors(PublicationDetails d, Set<Long> authors) {
        return new PublicationDetails(d.kind(), d.titleSq(), d.titleEn(), d.summarySq(), d.summaryEn(),
                d.publishedOn(), d.documentLanguage(), d.externalUrl(), d.licence(), d.source(), d.topicIds(), authors);
    }
}
