package al.rrjeti.kernel.notification;

import al.rrjeti.kernel.api.NotificationText;
import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.testmodule.DemoModule;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notifications: the bell, mail at once, the daily digest sent once, and modules switched off. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String DEMO_TYPE = "demo.noted";

    @Inject
    private Notifications notifications;

    @Inject
    private DigestJob digests;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Mailer mailer;

    @Inject
    private ModuleRegistry registry;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        registry.setEnabled(DemoModule.ID, true, "test");
        registry.refresh();
    }

    private Account person(String name) {
        Account a = fixtures.account(name + "." + RUN + "@example.al", name, Role.CITIZEN);
        ActingUser.actAs(a.getEmail());
        return a;
    }

    private static NotificationText demo(String what) {
        return new NotificationText("al.rrjeti.testmodule.messages", DemoModule.class.getClassLoader(),
                "demo.noted.title", null, "/demo/index.xhtml", what);
    }

    private List<MailMessage> mailTo(Account a) {
        return mailer.latestTo(a.getEmail(), 200);
    }

    @Test
    void aNotificationMailedAtOnceRingsTheBellUntilOpened() {
        Account a = person("bell");
        notifications.publish(a.getId(), NotificationCatalogue.ORGANISATION_DECISION, NotificationText.kernel("notification.organisation-verified.title",
                "notification.organisation-verified.body", "/organisations/", "Qendra", ""));
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(mailTo(a)).extracting(MailMessage::getSubject).containsExactly("Organizata juaj u verifikua");
        Notification n = notifications.mine(10).get(0);
        assertThat(n.getBody()).contains("Qendra");
        assertThat(notifications.open(n.getId())).contains("/organisations/");
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void theDailyDigestGathersWaitingNotificationsAndNeverRepeatsThem() {
        Account a = person("digest");
        notifications.choose(DEMO_TYPE, Delivery.DAILY_DIGEST);
        notifications.publish(a.getId(), DEMO_TYPE, demo("e para"));
        notifications.publish(a.getId(), DEMO_TYPE, demo("e dyta"));
        assertThat(mailTo(a)).as("nothing before the digest").isEmpty();

        digests.sendDigests();
        List<MailMessage> mails = mailTo(a);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Përmbledhja e ditës: 2 njoftime");
        assertThat(mails.get(0).getText()).contains("Shënim i ri: e para").contains("Shënim i ri: e dyta");

        digests.sendDigests();
        assertThat(mailTo(a)).as("a second run sends nothing again").hasSize(1);
    }

    @Test
    void offMeansNoMailButTheNotificationIsStillThere() {
        Account a = person("quiet");
        assertThat(notifications.myPreferences()).filteredOn(c -> c.type().equals(DEMO_TYPE))
                .extracting(Notifications.Choice::delivery).containsExactly(Delivery.OFF);
        notifications.publish(a.getId(), DEMO_TYPE, demo("pa e-mail"));
        assertThat(mailTo(a)).isEmpty();
        assertThat(notifications.mine(10)).extracting(Notification::getTitle).containsExactly("Shënim i ri: pa e-mail");
    }

    @Test
    void aDisabledModulesNotificationsStopAndVanishThenComeBack() {
        Account a = person("module");
        notifications.publish(a.getId(), DEMO_TYPE, demo("para"));
        registry.setEnabled(DemoModule.ID, false, "test");
        registry.refresh();
        assertThat(notifications.mine(10)).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
        notifications.publish(a.getId(), DEMO_TYPE, demo("gjatë"));

        registry.setEnabled(DemoModule.ID, true, "test");
        registry.refresh();
        assertThat(notifications.mine(10)).extracting(Notification::getTitle)
                .as("the old one is back, the one published while off never existed")
                .containsExactly("Shënim i ri: para");
    }
}
