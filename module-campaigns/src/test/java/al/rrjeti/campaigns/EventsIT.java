package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.Network.Org;
import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.IcsCalendar;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.campaigns.infrastructure.CampaignsPersonalData;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Campaigns and the activities calendar on a real server: capacity, waiting list, promotion, iCalendar. */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final LocalDateTime NEXT_YEAR = LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(10)
            .atTime(10, 0);

    @Inject
    private EventService events;

    @Inject
    private IcsCalendar ics;

    @Inject
    private Network network;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Concurrently concurrently;

    @Inject
    private CampaignsPersonalData personalData;

    @Resource
    private UserTransaction transaction;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
        ActingUser.actAsOnThisThread(null);
    }

    private String editor() {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        return editor;
    }

    private CampaignEvent event(Integer capacity) {
        return event(capacity, null);
    }

    private CampaignEvent event(Integer capacity, Long organisationId) {
        return events.createEvent(new EventDraft(null, "Takim me të rinjtë", "Meeting young people",
                "Si të raportoni korrupsionin.", null, NEXT_YEAR, NEXT_YEAR.plusHours(2), null,
                "Tiranë, Sheshi Skënderbej", null, organisationId, capacity));
    }

    private List<String> citizens(int n) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = Network.unique("citizen" + i);
            fixtures.account(email, "Qytetar " + i, Role.CITIZEN);
            emails.add(email);
        }
        return emails;
    }

    @Test
    void placesThenTheWaitingListAndTheFirstWaitingMovesUpWhenSomeoneCancels() {
        editor();
        CampaignEvent e = event(2);
        List<String> people = citizens(4);
        List<RegistrationStatus> got = new ArrayList<>();
        for (String p : people) {
            ActingUser.actAs(p);
            got.add(events.register(e.getId()));
        }
        assertThat(got).containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED,
                RegistrationStatus.WAITING, RegistrationStatus.WAITING);
        ActingUser.actAs(people.get(0));
        assertThatThrownBy(() -> events.register(e.getId())).isInstanceOfSatisfying(BusinessException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo("campaigns.registration.already"));

        events.cancel(e.getId());
        ActingUser.actAs(people.get(2));
        assertThat(events.myRegistration(e.getId())).as("the first waiting moves up").contains(RegistrationStatus.REGISTERED);
        ActingUser.actAs(people.get(3));
        assertThat(events.myRegistration(e.getId())).contains(RegistrationStatus.WAITING);
        assertThat(events.count(e.getId(), RegistrationStatus.REGISTERED)).isEqualTo(2);
        ActingUser.actAs(people.get(2));
        assertThat(notifications.mine(1)).as("the one moved up is told").extracting(n -> n.getType())
                .containsExactly("campaigns.promoted");
        ActingUser.actAs(people.get(3));

        events.cancel(e.getId());
        assertThat(events.count(e.getId(), RegistrationStatus.WAITING)).as("a waiting person leaving frees no place")
                .isZero();
        assertThat(events.count(e.getId(), RegistrationStatus.REGISTERED)).isEqualTo(2);
    }

    @Test
    void twentyPeopleRegisteringAtOnceForTenPlacesGiveTenRegisteredAndTenWaiting() throws Exception {
        editor();
        CampaignEvent e = event(10);
        ActingUser.actAs(null);
        List<String> people = citizens(20);

        List<Throwable> failures = concurrently.run(20, 1, (writer, round) -> {
            ActingUser.actAsOnThisThread(people.get(writer));
            try {
                events.register(e.getId());
            } finally {
                ActingUser.actAsOnThisThread(null);
            }
        });

        assertThat(failures).as("no errors").isEmpty();
        transaction.begin();
        try {
            assertThat(events.count(e.getId(), RegistrationStatus.REGISTERED)).isEqualTo(10);
            assertThat(events.count(e.getId(), RegistrationStatus.WAITING)).isEqualTo(10);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void anEventsIcsParsesBackWithItsTimesTitleAndPlace() throws Exception {
        editor();
        CampaignEvent e = events.createEvent(new EventDraft(null, "Takim; me, të rinjtë", "Meeting", null, null,
                NEXT_YEAR, NEXT_YEAR.plusHours(2), null, "Tiranë, Sheshi Skënderbej", null, null, null));
        String text = ics.of(List.of(e), Locale.forLanguageTag("sq"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        VEvent v = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(v.getSummary().getValue()).isEqualTo("Takim; me, të rinjtë");
        assertThat(v.getLocation().getValue()).isEqualTo("Tiranë, Sheshi Skënderbej");
        OffsetDateTime start = OffsetDateTime.parse(v.getDateTimeStart().getDate().toString());
        assertThat(start.toInstant()).as("10:00 in Tirana").isEqualTo(NEXT_YEAR.atZone(java.time.ZoneId.of("Europe/Tirane"))
                .toInstant());
        assertThat(start.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(v.getUid().orElseThrow().getValue()).startsWith("campaigns-event-" + e.getId() + "@");
        assertThat(events.upcoming()).extracting(CampaignEvent::getId).contains(e.getId());
    }

    @Test
    void badInputIsRefusedWholeAndNothingIsSaved() {
        editor();
        int before = events.campaigns().size();
        assertThatThrownBy(() -> events.createEvent(new EventDraft(null, " ", null, null, null, null, null,
                "Mars/Olympus", null, "javascript:alert(1)", null, -1))).isInstanceOfSatisfying(
                        InvalidInputException.class, ex -> assertThat(ex.violations())
                                .extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                                        "titleSq:campaigns.event.title.required",
                                        "startsAt:campaigns.event.start.required",
                                        "onlineLink:campaigns.input.link",
                                        "zone:campaigns.event.zone.invalid",
                                        "capacity:campaigns.event.capacity.invalid"));
        assertThatThrownBy(() -> events.createCampaign(new CampaignDraft("", null, null, "", null, null, null,
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), null))).isInstanceOfSatisfying(
                        InvalidInputException.class, ex -> assertThat(ex.violations())
                                .extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                                        "titleSq:campaigns.campaign.title.required",
                                        "goalSq:campaigns.campaign.goal.required",
                                        "audience:campaigns.campaign.audience.required",
                                        "endsOn:campaigns.input.period"));
        assertThat(events.campaigns()).hasSize(before);

        Campaign c = events.createCampaign(new CampaignDraft(SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT,
                CampaignAudience.YOUTH, LocalDate.of(2027, 1, 1), null, null));
        Campaign read = events.campaign(c.getId());
        assertThat(List.of(read.getTitleSq(), read.getTitleEn(), read.getGoalSq(), read.getGoalEn(),
                read.getDescriptionSq(), read.getDescriptionEn())).containsOnly(SCRIPT);
    }

    @Test
    void organisersActForTheirOwnVerifiedOrganisationAndPersonalDataGoesOnErasure() throws Exception {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org b = network.organisation(OrganisationType.CSO, "Qendra B");
        ActingUser.actAs(a.representative());
        CampaignDraft draft = new CampaignDraft("Java e integritetit", null, "Të njohim të drejtat", null, null, null,
                CampaignAudience.CITIZENS, LocalDate.of(2027, 1, 1), null, b.id());
        assertThatThrownBy(() -> events.createCampaign(draft)).isInstanceOf(AccessDeniedException.class);
        Campaign c = events.createCampaign(new CampaignDraft("Java e integritetit", null, "Të njohim të drejtat", null,
                null, null, CampaignAudience.CITIZENS, LocalDate.of(2027, 1, 1), null, a.id()));
        CampaignEvent e = event(null, a.id());

        String citizen = citizens(1).get(0);
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> event(5)).as("citizens do not organise").isInstanceOf(AccessDeniedException.class);
        events.register(e.getId());
        events.subscribe(c.getId());
        ActingUser.actAs(a.representative());
        CampaignEvent small = event(1, a.id());
        ActingUser.actAs(citizen);
        events.register(small.getId());
        String next = citizens(1).get(0);
        ActingUser.actAs(next);
        assertThat(events.register(small.getId())).isEqualTo(RegistrationStatus.WAITING);
        ActingUser.actAs(citizen);
        long before = notifications.unreadCount();
        ActingUser.actAs(a.representative());
        events.createEvent(new EventDraft(c.getId(), "Punëtori", null, null, null, NEXT_YEAR, null, null, null,
                "https://meet.example.al/p", a.id(), null));
        ActingUser.actAs(citizen);
        assertThat(notifications.unreadCount()).as("followers hear of the new activity").isEqualTo(before + 1);
        assertThat(notifications.mine(1).get(0).getType()).isEqualTo("campaigns.activity");
        Long id = caller.requireAccount().getId();
        Map<String, Object> data = personalData.export(id);
        assertThat((List<?>) data.get("registrations")).as("the open event and the small one").hasSize(2);
        assertThat((List<?>) data.get("subscriptions")).hasSize(1);
        transaction.begin();
        personalData.erase(id);
        transaction.commit();
        assertThat((List<?>) personalData.export(id).get("registrations")).isEmpty();
        assertThat(events.subscribed(c.getId())).isFalse();
        ActingUser.actAs(next);
        assertThat(events.myRegistration(small.getId())).as("the erased person's place goes to the first waiting")
                .contains(RegistrationStatus.REGISTERED);
    }

    @Inject
    private al.rrjeti.kernel.api.Caller caller;

    @Inject
    private al.rrjeti.kernel.notification.Notifications notifications;
}
