package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumPosting.NewThread;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.moderation.ModerationQueues;
import al.rrjeti.kernel.notification.Notification;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The forum's moderation queues: held posts and reports, counted for and announced to those who may moderate. */
@ExtendWith(ArquillianExtension.class)
class ForumQueuesIT {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @Inject
    private ForumPosting posting;

    @Inject
    private ForumReading reading;

    @Inject
    private ForumModeration moderation;

    @Inject
    private CategoryService categories;

    @Inject
    private ModerationQueues queues;

    @Inject
    private Notifications notifications;

    @Inject
    private Mailer mailer;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private String account(String who, Role... roles) {
        String email = who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
        fixtures.account(email, who, roles);
        return email;
    }

    private Long opinions() {
        return categories.of(Space.PUBLIC).stream().filter(c -> c.getCode().equals("public-opinions")).findFirst()
                .orElseThrow().getId();
    }

    private ForumThread start(String email, String title) {
        ActingUser.actAs(email);
        ForumThread t = posting.start(new NewThread(opinions(), ThreadKind.OPINION, title, "Teksti i " + title + ".",
                null, null, List.of()));
        clock.advance(Duration.ofSeconds(30));
        return t;
    }

    private long count(String moderatorEmail, String queueId) {
        ActingUser.actAs(moderatorEmail);
        return queues.mine(SQ).stream().filter(q -> q.id().equals(queueId)).findFirst().orElseThrow().count();
    }

    private List<String> titles(String email) {
        ActingUser.actAs(email);
        return notifications.mine(50).stream().map(Notification::getTitle).toList();
    }

    private List<String> subjects(String email) {
        return mailer.latestTo(email, 500).stream().map(MailMessage::getSubject)
                .toList();
    }

    @Test
    void aHeldPostAndAReportReachEveryoneWhoMayModerateAndAreCounted() {
        String moderator = account("moderatore", Role.MODERATOR);
        String operator = "operator@rrjeti.local"; // the installation's one operator
        String editor = account("redaktore", Role.EDITOR);
        String citizen = account("qytetare", Role.CITIZEN);
        ActingUser.actAs(editor);
        assertThat(queues.mine(SQ)).extracting(ModerationQueues.Pending::id).as("editors do not moderate the forum")
                .doesNotContain(ForumModule.HELD_QUEUE, ForumModule.REPORTS_QUEUE);
        ActingUser.actAs(citizen);
        assertThat(queues.mine(SQ)).isEmpty();

        long held = count(moderator, ForumModule.HELD_QUEUE);
        String title = "Mendim i parë " + citizen;
        ForumThread t = start(citizen, title);
        assertThat(t.getStatus()).as("a new account's first post waits").isEqualTo(Visibility.PENDING);
        assertThat(count(moderator, ForumModule.HELD_QUEUE)).isEqualTo(held + 1);
        assertThat(count(operator, ForumModule.HELD_QUEUE)).isEqualTo(held + 1);
        String heldTitle = "Një postim pret moderimin në: " + title;
        assertThat(titles(moderator)).contains(heldTitle);
        assertThat(titles(operator)).contains(heldTitle);
        assertThat(subjects(moderator)).as("mailed at once by default").contains(heldTitle);
        assertThat(titles(editor)).doesNotContain(heldTitle);
        assertThat(titles(citizen)).doesNotContain(heldTitle);

        ActingUser.actAs(moderator);
        Long firstPost = reading.thread(t.getId(), 0, SQ).posts().get(0).post().getId();
        moderation.approve(firstPost);
        assertThat(count(moderator, ForumModule.HELD_QUEUE)).isEqualTo(held);

        long reports = count(moderator, ForumModule.REPORTS_QUEUE);
        String reporter = account("raportuese", Role.CITIZEN);
        ActingUser.actAs(reporter);
        moderation.report(firstPost, "Përmban të dhëna personale të një fqinji.");
        assertThat(count(moderator, ForumModule.REPORTS_QUEUE)).isEqualTo(reports + 1);
        String reportTitle = "Një postim u raportua në: " + title;
        assertThat(titles(moderator)).contains(reportTitle);
        assertThat(titles(operator)).contains(reportTitle);
        assertThat(subjects(moderator)).contains(reportTitle);
        assertThat(titles(editor)).doesNotContain(reportTitle);
        assertThat(titles(reporter)).doesNotContain(reportTitle);
        assertThat(titles(citizen)).as("the author does not learn of the report").doesNotContain(reportTitle);
    }
}
