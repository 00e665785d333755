package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.DocumentKind;
import al.rrjeti.kernel.api.DocumentRef;
import al.rrjeti.kernel.api.Documents;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.notification.Notification;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.OrganisationDetails;
import al.rrjeti.kernel.organisation.OrganisationRegistration;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.organisation.OrganisationVerification;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.application.LibraryWorkflow.Attachments;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.PublicationStatus;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Submission → review → publication on a real Payara, with notifications and permission checks. */
@ExtendWith(ArquillianExtension.class)
class LibraryWorkflowIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Documents documents;

    @Inject
    private OrganisationRegistration organisations;

    @Inject
    private OrganisationVerification verification;

    @Inject
    private Notifications notifications;

    private static Organisation cso;

    private static String email(String name) {
        return name + "." + RUN + "@example.al";
    }

    @BeforeEach
    void csoWithAMember() {
        if (cso != null) {
            return;
        }
        fixtures.account(email("member"), "Anëtari", Role.CITIZEN);
        ActingUser.actAs(email("member"));
        cso = organisations.register(new OrganisationDetails(OrganisationType.CSO, "Qendra " + RUN, "L" + RUN,
                null, null, "info@example.al", "Monitorim", null), null, pdf("proof.pdf"));
        ActingUser.actAs("operator@rrjeti.local");
        verification.verify(cso.getId());
        fixtures.account(email("editor"), "Redaktori", Role.EDITOR);
        fixtures.account(email("citizen"), "Qytetari", Role.CITIZEN);
        ActingUser.actAs(null);
    }

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    private static Upload pdf(String name) {
        return new Upload(new ByteArrayInputStream(Fixtures.pdf()), name);
    }

    private static PublicationDetails details(String title) {
        return new PublicationDetails(PublicationKind.MONITORING_REPORT, title, null, "Përmbledhje e raportit.",
                null, LocalDate.of(2025, 12, 9), "sq", null, "CC BY 4.0", null, Set.of(), Set.of());
    }

    private List<String> notificationTitles(String who) {
        ActingUser.actAs(email(who));
        return notifications.mine(20).stream().map(Notification::getTitle).toList();
    }

    @Test
    void memberSubmitsEditorAsksForChangesThenPublishesAndEveryoneIsTold() {
        String title = "Raporti i monitorimit " + RUN;
        ActingUser.actAs(email("member"));
        Publication p = workflow.submit(details(title), cso.getId(),
                new Attachments(List.of(pdf("raporti.pdf")), null, null));
        assertThat(p.getStatus()).isEqualTo(PublicationStatus.SUBMITTED);
        assertThat(p.getOrganisationIds()).containsExactly(cso.getId());
        assertThat(catalogue.get(p.getId())).as("the submitter sees it").isPresent();

        ActingUser.actAs(null);
        assertThat(catalogue.get(p.getId())).as("not public yet").isEmpty();
        assertThat(catalogue.search(query(RUN)).total()).isZero();
        assertThat(notificationTitles("editor")).contains("Publikim i ri për shqyrtim: " + title);

        ActingUser.actAs(email("editor"));
        assertThatThrownBy(() -> workflow.requestChanges(p.getId(), "")).isInstanceOf(InvalidInputException.class);
        workflow.requestChanges(p.getId(), "Shtoni metodologjinë.");
        assertThat(notificationTitles("member")).contains("Redaktorët kërkojnë ndryshime në: " + title);

        ActingUser.actAs(email("member"));
        workflow.resubmit(p.getId(), details(title), Attachments.none());
        ActingUser.actAs(email("editor"));
        workflow.approve(p.getId());
        assertThat(notificationTitles("member")).contains("Publikimi juaj u publikua: " + title);

        ActingUser.actAs(null);
        LibraryCatalogue.Page page = catalogue.search(query(RUN));
        assertThat(page.items()).extracting(Publication::getId).containsExactly(p.getId());
        assertThat(page.facets().get("kind")).containsEntry(PublicationKind.MONITORING_REPORT, 1L);
        assertThat(page.facets().get("organisation")).containsEntry(cso.getId(), 1L);
        assertThat(page.facets().get("year")).containsEntry(2025, 1L);

        Long fileId = catalogue.files(p.getId()).get(0).current().getId();
        catalogue.download(fileId);
        catalogue.download(fileId);
        assertThat(catalogue.files(p.getId()).get(0).current().getDownloads()).isEqualTo(2);
    }

    /** Another module's document (a meeting's minutes) through the kernel's archive facade, never a library class. */
    @Test
    void aDocumentHandedOverThroughTheKernelIsASubmissionWhoseTextIsSearchableOncePublished() {
        String marker = "procesverbal" + Long.toString(System.nanoTime() + 1, 36);
        DocumentDeposit minutes = new DocumentDeposit(DocumentKind.MEETING_MINUTES, cso.getId(),
                "Procesverbali i takimit të rrjetit", null, "Vendimet e takimit.", null,
                "Të pranishëm: pesë organizata.\n\nVendim 1: fushata për " + marker + " nis në janar.",
                "/chat/meeting.xhtml?id=1");
        assertThat(documents.available()).as("the library is the archive").isTrue();

        ActingUser.actAs(email("citizen"));
        assertThatThrownBy(() -> documents.deposit(minutes)).as("only the organisation's members")
                .isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(email("member"));
        String path = documents.deposit(minutes);
        assertThat(path).startsWith("/library/publication.xhtml?id=");
        Long id = Long.valueOf(path.substring(path.indexOf('=') + 1));
        Publication p = catalogue.get(id).orElseThrow();
        assertThat(p.getStatus()).as("editors review it like any submission").isEqualTo(PublicationStatus.SUBMITTED);
        assertThat(p.getKind()).isEqualTo(PublicationKind.MEETING_MINUTES);
        assertThat(p.getSource()).isEqualTo("/chat/meeting.xhtml?id=1");
        assertThat(documents.find(id.toString())).as("not linkable before it is published").isEmpty();

        ActingUser.actAs(email("editor"));
        workflow.approve(id);
        ActingUser.actAs(null);
        assertThat(documents.search(marker, 5)).as("found by a word of the PDF made from its text")
                .extracting(DocumentRef::path).containsExactly(path);
        assertThat(documents.find(id.toString())).get().extracting(DocumentRef::title)
                .isEqualTo("Procesverbali i takimit të rrjetit");
        assertThat(documents.find("x1")).isEmpty();
    }

    @Test
    void aNewFileVersionKeepsTheOldOneInTheHistory() {
        ActingUser.actAs(email("editor"));
        Publication p = workflow.publishDirectly(details("Ligji " + RUN), new Attachments(List.of(pdf("v1.pdf")), null,
                null));
        assertThat(p.isPublished()).isTrue();
        workflow.addVersion(p.getId(), 1, pdf("v2.pdf"));
        LibraryCatalogue.FileSeries series = catalogue.files(p.getId()).get(0);
        assertThat(series.current().getVersion()).isEqualTo(2);
        assertThat(series.history()).extracting(f -> f.getVersion()).containsExactly(1);
    }

    @Test
    void onlyVerifiedMembersSubmitAndOnlyEditorsReview() {
        ActingUser.actAs(email("citizen"));
        assertThatThrownBy(() -> workflow.submit(details("X"), cso.getId(), new Attachments(List.of(pdf("x.pdf")),
                null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.queue()).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(email("member"));
        Publication p = workflow.submit(details("Studim " + RUN), cso.getId(),
                new Attachments(List.of(pdf("s.pdf")), null, null));
        assertThatThrownBy(() -> workflow.approve(p.getId())).as("members cannot publish their own")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.publishDirectly(details("Y"), Attachments.none()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badFilesAndDetailsAreRefusedAndNothingIsSaved() {
        ActingUser.actAs(email("member"));
        int before = workflow.mine().size();
        Upload exe = new Upload(new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}),
                "report.pdf");
        assertThatThrownBy(() -> workflow.submit(details("Exe " + RUN), cso.getId(),
                new Attachments(List.of(exe), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("file.type"));
        byte[] big = new byte[2 * 1024 * 1024];
        System.arraycopy(Fixtures.pdf(), 0, big, 0, Fixtures.pdf().length);
        assertThatThrownBy(() -> workflow.submit(details("Big " + RUN), cso.getId(),
                new Attachments(List.of(new Upload(new ByteArrayInputStream(big), "big.pdf")), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.too-large"));
        assertThatThrownBy(() -> workflow.submit(new PublicationDetails(null, " ", null, null, null,
                LocalDate.now().plusYears(1), "xx", "javascript:alert(1)", null, null, Set.of(9999L), Set.of()),
                cso.getId(), Attachments.none()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .contains("kind", "titleSq", "publishedOn", "documentLanguage", "externalUrl", "topics"));
        assertThat(workflow.mine()).as("nothing half-saved").hasSize(before);
    }

    private static PublicationQuery query(String text) {
        return new PublicationQuery(null, null, null, null, null, text, PublicationQuery.Sort.NEWEST, 0, 20);
    }

    @Inject
    private al.rrjeti.kernel.moderation.ModerationQueues queues;

    private long reviewCount(String who) {
        ActingUser.actAs(who);
        return queues.mine(java.util.Locale.forLanguageTag("sq")).stream()
                .filter(q -> q.id().equals(LibraryModule.REVIEW_QUEUE)).findFirst().orElseThrow().count();
    }

    @Test
    void aSubmissionIsCountedAndAnnouncedToEditorsAndOperatorsOnly() {
        fixtures.account(email("moderator-q"), "Moderatori", Role.MODERATOR);
        String operator = "operator@rrjeti.local";
        long before = reviewCount(email("editor"));
        ActingUser.actAs(email("moderator-q"));
        assertThat(queues.mine(java.util.Locale.forLanguageTag("sq"))).extracting(q -> q.id())
                .as("moderators do not review the library").doesNotContain(LibraryModule.REVIEW_QUEUE);

        String title = "Studimi në radhë " + RUN;
        ActingUser.actAs(email("member"));
        workflow.submit(details(title), cso.getId(), new Attachments(List.of(pdf("studimi.pdf")), null, null));
        assertThat(reviewCount(email("editor"))).isEqualTo(before + 1);
        assertThat(reviewCount(operator)).isEqualTo(before + 1);
        String told = "Publikim i ri për shqyrtim: " + title;
        assertThat(notificationTitles("editor")).contains(told);
        ActingUser.actAs(operator);
        assertThat(notifications.mine(20)).extracting(Notification::getTitle).as("operators hold library.edit too")
                .contains(told);
        assertThat(notificationTitles("moderator-q")).doesNotContain(told);
        assertThat(notificationTitles("citizen")).doesNotContain(told);
        assertThat(notificationTitles("member")).as("not the submitter").doesNotContain(told);
    }
}
