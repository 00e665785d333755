package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.campaigns.application.ActivityReminders;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.notification.Notification;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reminders before an activity: to those holding a place, once, again only when the activity moves. */
@ExtendWith(ArquillianExtension.class)
class CampaignsRemindersIT {

    @Inject
    private EventService events;

    @Inject
    private OrganiserEdits edits;

    @Inject
    private ActivityReminders reminders;

    @Inject
    private PlatformClock clock;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Notifications notifications;

    @AfterEach
    void realTime() {
        clock.reset();
        ActingUser.actAs(null);
    }

    private String account(String who, Role role) {
        String email = Network.unique(who);
        fixtures.account(email, who, role);
        return email;
    }

    private List<Notification> remindersOf(String email, CampaignEvent e) {
        ActingUser.actAs(email);
        return notifications.mine(50).stream().filter(n -> n.getType().equals("campaigns.reminder"))
                .filter(n -> n.getLink().endsWith("id=" + e.getId())).toList();
    }

    private static EventDraft draft(LocalDateTime start) {
        return new EventDraft(null, "Takim për buxhetin vendor", null, null, null, start, null, "Europe/Tirane",
                "Korçë, Pallati i Kulturës", null, null, 1);
    }

    @Test
    void thoseWithAPlaceAreRemindedOnceADayBeforeAndAgainWhenTheActivityMoves() {
        String editor = account("editor", Role.EDITOR);
        String holder = account("holder", Role.CITIZEN);
        String waiting = account("waiting", Role.CITIZEN);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Tirane")).plusDays(3).withNano(0);
        ActingUser.actAs(editor);
        CampaignEvent e = events.createEvent(draft(start));
        ActingUser.actAs(holder);
        assertThat(events.register(e.getId())).isEqualTo(RegistrationStatus.REGISTERED);
        ActingUser.actAs(waiting);
        assertThat(events.register(e.getId())).isEqualTo(RegistrationStatus.WAITING);
        ActingUser.actAs(null);

        reminders.sendDue();
        assertThat(remindersOf(holder, e)).as("three days ahead: too early").isEmpty();

        clock.advance(Duration.ofDays(2).plusHours(1));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(remindersOf(holder, e)).as("once, however often the job runs").singleElement()
                .satisfies(n -> assertThat(n.getTitle()).contains("Takim për buxhetin vendor"));
        assertThat(remindersOf(waiting, e)).as("no reminder of a place one does not hold").isEmpty();

        ActingUser.actAs(editor);
        edits.editEvent(e.getId(), draft(start.plusDays(2)), null);
        ActingUser.actAs(null);
        reminders.sendDue();
        assertThat(remindersOf(holder, e)).as("the new time is still two days away").hasSize(1);
        clock.advance(Duration.ofDays(2));
        reminders.sendDue();
        assertThat(remindersOf(holder, e)).as("reminded again before the new time").hasSize(2);
    }
}
