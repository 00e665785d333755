package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.Network.Org;
import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.IcsCalendar;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.campaigns.infrastructure.CampaignsPersonalData;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.ConflictException;
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

    private static final java.time.ZoneId TIRANA = java.time.ZoneId.of("Europe/Tirane");
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
        assertThat(events.forFeed(java.time.LocalDate.now(TIRANA), TIRANA)).extracting(CampaignEvent::getId).contains(e.getId());
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
        assertThat(List.of(read.getTitle().getSq(), read.getTitle().getEn(), read.getGoal().getSq(), read.getGoal().getEn(),
                read.getDescription().getSq(), read.getDescription().getEn())).containsOnly(SCRIPT);
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

    @Test
    void organisersEditTheirCampaignAndActivityStaleFormsConflictAndRegistrationsSurviveALowerCapacity() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Edit");
        Org other = network.organisation(OrganisationType.CSO, "Qendra Tjetër");
        ActingUser.actAs(a.representative());
        Campaign c = events.createCampaign(new CampaignDraft("Java e integritetit", null, "Të njohim të drejtat", null,
                null, null, CampaignAudience.CITIZENS, LocalDate.of(2027, 1, 1), null, a.id()));
        CampaignEvent e = event(3, a.id());
        long campaignSeen = events.campaign(c.getId()).getRowVersion();
        long eventSeen = events.event(e.getId()).getRowVersion();
        List<String> people = citizens(4);
        for (String p : people) {
            ActingUser.actAs(p);
            events.register(e.getId());
        }
        CampaignDraft revised = new CampaignDraft("Java e integritetit 2027", SCRIPT, "Të njohim të drejtat", null,
                null, null, CampaignAudience.YOUTH, LocalDate.of(2027, 2, 1), null, null);

        ActingUser.actAs(people.get(0));
        assertThatThrownBy(() -> edits.editCampaign(c.getId(), revised, campaignSeen)).as("a citizen")
                .isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(other.representative());
        assertThatThrownBy(() -> edits.editEvent(e.getId(), moved(1), eventSeen)).as("another organisation")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(edits.mayEdit(events.campaign(c.getId()))).isFalse();

        ActingUser.actAs(a.representative());
        assertThat(edits.mayEdit(events.campaign(c.getId()))).isTrue();
        edits.editCampaign(c.getId(), revised, campaignSeen);
        assertThat(events.campaign(c.getId()).getTitle().getEn()).as("script kept as text").isEqualTo(SCRIPT);
        assertThatThrownBy(() -> edits.editCampaign(c.getId(), new CampaignDraft("Tjetër", null, "Tjetër", null, null,
                null, CampaignAudience.CITIZENS, LocalDate.of(2027, 1, 1), null, null), campaignSeen))
                .as("a form opened before the last save").isInstanceOf(ConflictException.class);
        assertThat(events.campaign(c.getId()).getTitle().getSq()).isEqualTo("Java e integritetit 2027");
        assertThat(events.campaign(c.getId()).getAudience()).isEqualTo(CampaignAudience.YOUTH);

        assertThatThrownBy(() -> edits.editEvent(e.getId(), new EventDraft(null, " ", null, null, null, null, null,
                null, null, null, null, null), eventSeen)).isInstanceOf(InvalidInputException.class);
        OrganiserEdits.EventChange change = edits.editEvent(e.getId(), moved(1), eventSeen);
        assertThat(change.overCapacity()).as("three registered, one place").isEqualTo(2);
        assertThat(events.count(e.getId(), RegistrationStatus.REGISTERED)).as("nobody loses a place").isEqualTo(3);
        assertThat(events.count(e.getId(), RegistrationStatus.WAITING)).isEqualTo(1);
        assertThat(events.event(e.getId()).getPlace()).isEqualTo("Durrës, Biblioteka");
        assertThatThrownBy(() -> edits.editEvent(e.getId(), moved(5), eventSeen)).as("stale form")
                .isInstanceOf(ConflictException.class);
        assertThat(events.event(e.getId()).getCapacity()).isEqualTo(1);
        for (String p : people) {
            ActingUser.actAs(p);
            assertThat(notifications.mine(1)).as("registered and waiting are told")
                    .extracting(n -> n.getType()).containsExactly("campaigns.changed");
        }

        editor();
        edits.editEvent(e.getId(), moved(5), events.event(e.getId()).getRowVersion());
        ActingUser.actAs(people.get(3));
        assertThat(events.myRegistration(e.getId())).as("a higher capacity lets the waiting in")
                .contains(RegistrationStatus.REGISTERED);
    }

    @Test
    void demonstrationContentIsACampaignWithTwoActivitiesAndAnOpenPositionInBothLanguagesRemovedInOneAction() {
        demo.seed();
        demo.seed();
        List<Campaign> shown = events.campaigns().stream()
                .filter(c -> c.getTitle().getSq() != null && c.getTitle().getSq().endsWith("(demonstrim)")).toList();
        assertThat(shown).as("added once").hasSize(1);
        Campaign c = shown.get(0);
        assertThat(c.getTitle().getEn()).endsWith("(demonstration)");
        assertThat(c.getOrganisationId()).isEqualTo(demo.organisation(OrganisationType.CSO).orElseThrow().id());
        assertThat(events.eventsOf(c.getId())).hasSize(2).allSatisfy(e -> {
            assertThat(e.getTitle().getSq()).endsWith("(demonstrim)");
            assertThat(e.getTitle().getEn()).endsWith("(demonstration)");
            assertThat(e.getStartsAt()).isAfter(java.time.Instant.now());
        });
        assertThat(events.forFeed(java.time.LocalDate.now(TIRANA), TIRANA)).extracting(CampaignEvent::getCampaignId).contains(c.getId());
        assertThat(positionService.visible()).filteredOn(p -> p.getTitle().getSq() != null && p.getTitle().getSq().endsWith("(demonstrim)")).singleElement()
                .satisfies(p -> {
                    assertThat(p.getStatus()).isEqualTo(al.rrjeti.campaigns.domain.PositionStatus.OPEN);
                    assertThat(p.getTitle().getEn()).endsWith("(demonstration)");
                    assertThat(p.getBody().getEn()).isNotBlank();
                    assertThat(positionService.versions(p.getId())).hasSize(1);
                });

        String operator = Network.unique("operator");
        fixtures.account(operator, "Operatori", Role.OPERATOR);
        ActingUser.actAs(operator);
        int organisations = demo.organisations().size();
        assertThat(demo.remove()).as("a campaign, two activities, a position and the organisations")
                .isEqualTo(4 + organisations);
        assertThat(events.campaigns()).noneMatch(x -> x.getId().equals(c.getId()));
        assertThat(positionService.visible()).noneMatch(p -> p.getTitle().getSq() != null && p.getTitle().getSq().endsWith("(demonstrim)"));
    }

    @Inject
    private al.rrjeti.kernel.api.DemoContent demo;

    @Inject
    private al.rrjeti.campaigns.application.PositionService positionService;

    private static EventDraft moved(Integer capacity) {
        return new EventDraft(null, "Takim me të rinjtë", "Meeting young people", null, null,
                NEXT_YEAR.plusDays(1), null, null, "Durrës, Biblioteka", null, null, capacity);
    }

    @Inject
    private OrganiserEdits edits;

    @Inject
    private al.rrjeti.kernel.api.Caller caller;

    @Inject
    private al.rrjeti.kernel.notification.Notifications notifications;
}
