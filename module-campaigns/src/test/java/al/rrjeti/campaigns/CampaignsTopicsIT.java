package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.TopicSubscriptions;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignTheme;
import al.rrjeti.campaigns.infrastructure.CampaignsPersonalData;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.notification.Notification;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Following audiences and themes: one's own choice only, and a notice of each new activity that concerns them. */
@ExtendWith(ArquillianExtension.class)
class CampaignsTopicsIT {

    @Inject
    private EventService events;

    @Inject
    private TopicSubscriptions topics;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Notifications notifications;

    @Inject
    private CampaignsPersonalData personalData;

    @Inject
    private Caller caller;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    private String account(String who, Role role) {
        String email = Network.unique(who);
        fixtures.account(email, who, role);
        return email;
    }

    private Campaign campaign(String title, CampaignAudience audience, CampaignTheme theme) {
        return events.createCampaign(new CampaignDraft(title, null, "Qëllimi", null, null, null, audience,
                LocalDate.now(), null, null, theme));
    }

    private void activity(Campaign c, String title) {
        events.createEvent(new EventDraft(c.getId(), title, null, null, null,
                LocalDate.now().plusDays(20).atTime(10, 0), null, null, "Vlorë", null, null, null));
    }

    private List<String> noticesOf(String email, String marker) {
        ActingUser.actAs(email);
        return notifications.mine(50).stream().filter(n -> n.getTitle().contains(marker))
                .map(Notification::getType).toList();
    }

    @Test
    void followersOfAnAudienceOrAThemeHearOfNewActivitiesOnceAndOnlyThose() {
        String editor = account("editor", Role.EDITOR);
        String young = account("young", Role.CITIZEN);
        String both = account("both", Role.CITIZEN);
        String marker = Long.toString(System.nanoTime(), 36);

        ActingUser.actAs(young);
        topics.follow(List.of("audience:youth", "theme:health"));
        assertThat(topics.mine()).containsExactly("audience:youth", "theme:health");
        assertThatThrownBy(() -> topics.follow(List.of("audience:youth", "theme:astrology")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
                                .containsExactly("topics"));
        assertThat(topics.mine()).as("a refused choice changes nothing").containsExactly("audience:youth", "theme:health");

        ActingUser.actAs(editor);
        Campaign forYouth = campaign("Rinia " + marker, CampaignAudience.YOUTH, null);
        ActingUser.actAs(both);
        topics.follow(List.of("audience:youth"));
        events.subscribe(forYouth.getId());

        ActingUser.actAs(editor);
        Campaign health = campaign("Shëndeti " + marker, CampaignAudience.CITIZENS, CampaignTheme.HEALTH);
        Campaign tenders = campaign("Tenderat " + marker, CampaignAudience.BUSINESSES, CampaignTheme.PROCUREMENT);
        activity(forYouth, "Takim rinor " + marker);
        activity(health, "Takim shëndetësor " + marker);
        activity(tenders, "Takim për tenderat " + marker);

        assertThat(noticesOf(young, marker)).as("youth and health, not procurement")
                .containsExactlyInAnyOrder("campaigns.topic", "campaigns.topic");
        assertThat(noticesOf(young, "Takim për tenderat " + marker)).isEmpty();
        assertThat(noticesOf(both, marker)).as("one notice although both the campaign and its audience are followed")
                .containsExactly("campaigns.activity");

        ActingUser.actAs(young);
        assertThat(personalData.export(caller.requireAccount().getId()).get("topicsFollowed")).asList().hasSize(2);
        topics.follow(List.of());
        assertThat(topics.mine()).isEmpty();
        ActingUser.actAs(null);
        assertThatThrownBy(() -> topics.mine()).as("anonymous visitors follow nothing")
                .isInstanceOf(AccessDeniedException.class);
    }
}
