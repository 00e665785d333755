package al.rrjeti.kernel.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.notification.Delivery;
import al.rrjeti.kernel.notification.Notification;
import al.rrjeti.kernel.notification.NotificationCatalogue;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.api.StaffAlerts;
import al.rrjeti.kernel.organisation.OrganisationDetails;
import al.rrjeti.kernel.organisation.OrganisationRegistration;
import al.rrjeti.kernel.organisation.OrganisationStatus;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.testmodule.DemoModule;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moderation queues: the staff menu lists each live queue to those holding its permission, with
 * its count; staff are told (bell, and mail as they chose) when an item enters; a switched-off
 * module's queue is gone from both.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAlertsIT {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @Inject
    private ModerationQueues queues;

    @Inject
    private StaffAlerts alerts;

    @Inject
    private Notifications notifications;

    @Inject
    private OrganisationRegistration registration;

    @Inject
    private Organisations organisations;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Mailer mailer;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private al.rrjeti.kernel.security.Accounts accounts;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        registry.setEnabled(DemoModule.ID, true, "test");
        registry.refresh();
    }

    private static String unique(String who) {
        return who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
    }

    private Account account(String who, Role... roles) {
        return fixtures.account(unique(who), who, roles);
    }

    /** The installation's one operator: other tests count the accounts holding that role. */
    private Account operator() {
        return accounts.byEmail("operator@rrjeti.local").orElseThrow();
    }

    private List<String> titlesOf(Account a) {
        ActingUser.actAs(a.getEmail());
        return notifications.mine(50).stream().map(Notification::getTitle).toList();
    }

    private List<String> subjectsTo(Account a) {
        return mailer.latestTo(a.getEmail(), 500).stream()
                .map(MailMessage::getSubject).toList();
    }

    private List<String> queueIdsOf(Account a) {
        ActingUser.actAs(a.getEmail());
        return queues.mine(SQ).stream().map(ModerationQueues.Pending::id).toList();
    }

    @Test
    void aNewOrganisationReachesEveryoneWhoMayVerifyItByTheirChoiceAndNobodyElse() {
        Account moderator = account("moderatori", Role.MODERATOR);
        Account quietModerator = account("moderatori-qete", Role.MODERATOR);
        Account operator = operator();
        Account editor = account("redaktori", Role.EDITOR);
        Account citizen = account("qytetari", Role.CITIZEN);
        ActingUser.actAs(quietModerator.getEmail());
        notifications.choose(NotificationCatalogue.ORGANISATION_QUEUED, Delivery.OFF);

        Account representative = account("perfaqesuesi");
        ActingUser.actAs(representative.getEmail());
        String name = "Qendra " + Long.toString(System.nanoTime(), 36);
        registration.register(new OrganisationDetails(OrganisationType.CSO, name, "Q" + System.nanoTime(), "Tiranë",
                null, "info@example.al", "Përshkrim.", "Description."), null,
                new Upload(new ByteArrayInputStream(Fixtures.pdf()), "ekstrakt.pdf"));

        String title = "Organizatë e re për verifikim: " + name;
        assertThat(titlesOf(moderator)).contains(title);
        assertThat(titlesOf(operator)).as("operators may verify too").contains(title);
        assertThat(titlesOf(quietModerator)).as("the bell rings even with mail off").contains(title);
        assertThat(subjectsTo(moderator)).contains(title);
        assertThat(subjectsTo(operator)).contains(title);
        assertThat(subjectsTo(quietModerator)).as("mail off, as chosen").doesNotContain(title);
        for (Account other : List.of(editor, citizen, representative)) {
            assertThat(titlesOf(other)).as(other.getDisplayName()).doesNotContain(title);
            assertThat(subjectsTo(other)).as(other.getDisplayName()).doesNotContain(title);
        }
    }

    @Test
    void theMenuCountsEachQueueForThoseHoldingItsPermissionOnly() {
        Account moderator = account("mod-menu", Role.MODERATOR);
        Account operator = operator();
        Account editor = account("ed-menu", Role.EDITOR);
        String rep = unique("anetari");
        fixtures.verifiedOrganisation(OrganisationType.CSO, "Shoqata " + rep, rep);
        Account member = fixtures.account(unique("citizen-menu"), "Qytetar", Role.CITIZEN);

        assertThat(queueIdsOf(moderator)).containsExactly(ModerationQueues.ORGANISATIONS);
        assertThat(queueIdsOf(operator)).containsExactly(ModerationQueues.ORGANISATIONS, DemoModule.QUEUE);
        assertThat(queueIdsOf(editor)).isEmpty();
        assertThat(queueIdsOf(member)).isEmpty();
        ActingUser.actAs(rep);
        assertThat(queues.mine(SQ)).as("a CSO member holds demo.write through the verified organisation")
                .extracting(ModerationQueues.Pending::id).containsExactly(DemoModule.QUEUE);

        ActingUser.actAs(operator.getEmail());
        ModerationQueues.Pending pending = queues.mine(SQ).get(0);
        assertThat(pending.label()).isEqualTo("Organizata që presin verifikim");
        assertThat(pending.path()).isEqualTo("/moderation/organisations.xhtml");
        assertThat(pending.count()).isEqualTo(organisations.countWithStatus(OrganisationStatus.PENDING));
        long before = pending.count();
        ActingUser.actAs(member.getEmail());
        registration.register(new OrganisationDetails(OrganisationType.MEDIA, "Gazeta " + System.nanoTime(),
                "G" + System.nanoTime(), "Durrës", null, "info@example.al", "Përshkrim.", "Description."), null,
                new Upload(new ByteArrayInputStream(Fixtures.pdf()), "ekstrakt.pdf"));
        ActingUser.actAs(operator.getEmail());
        assertThat(queues.mine(SQ).get(0).count()).as("counted afresh").isEqualTo(before + 1);
        assertThat(queues.mine(SQ).get(1).label()).isEqualTo("Shënime për shqyrtim");
        assertThat(queues.mine(Locale.ENGLISH).get(1).label()).isEqualTo("Notes to review");
    }

    @Test
    void aModulesQueueTellsWhoMayActAndVanishesWithTheModule() {
        Account operator = operator();
        Account moderator = account("mod-demo", Role.MODERATOR);
        String rep = unique("anetar-demo");
        fixtures.verifiedOrganisation(OrganisationType.CSO, "Lëvizja " + rep, rep);
        NotificationText text = new NotificationText("al.rrjeti.testmodule.messages", DemoModule.class.getClassLoader(),
                "demo.noted.title", null, "/demo/index.xhtml", "në radhë " + rep);

        ActingUser.actAs(null);
        alerts.entered(DemoModule.QUEUE, text);
        String title = "Shënim i ri: në radhë " + rep;
        assertThat(titlesOf(operator)).contains(title);
        ActingUser.actAs(rep);
        assertThat(notifications.mine(10)).extracting(Notification::getTitle).as("holder through an organisation")
                .contains(title);
        assertThat(titlesOf(moderator)).as("moderators do not hold demo.write").doesNotContain(title);

        registry.setEnabled(DemoModule.ID, false, "test");
        registry.refresh();
        assertThat(queueIdsOf(operator)).containsExactly(ModerationQueues.ORGANISATIONS);
        ActingUser.actAs(null);
        assertThat(alerts.entered(DemoModule.QUEUE, text)).as("a switched-off module's queue tells nobody").isZero();

        registry.setEnabled(DemoModule.ID, true, "test");
        registry.refresh();
        assertThat(queueIdsOf(operator)).containsExactly(ModerationQueues.ORGANISATIONS, DemoModule.QUEUE);
    }
}
