package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.chat.application.ChatCalendar;
import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.application.ChatMeetings.Plan;
import al.rrjeti.chat.application.MeetingMinutes;
import al.rrjeti.chat.application.MeetingReplies;
import al.rrjeti.chat.application.MeetingReplies.Invitee;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.spi.ScheduledJob;
import al.rrjeti.kernel.testing.ActingUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What follows the planning of a meeting, on a real Payara and Derby with the platform clock moved:
 * invitees answer and only the organiser sees who comes, one reminder before the start (through the
 * job the descriptor declares), the calendar of the caller's rooms, and the organiser's minutes.
 */
@ExtendWith(ArquillianExtension.class)
class ChatMeetingFollowUpIT extends ChatServicesTestBase {

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    @Inject
    private ChatMeetings meetings;

    @Inject
    private MeetingReplies replies;

    @Inject
    private MeetingMinutes minutes;

    @Inject
    private ChatCalendar calendar;

    @Inject
    private ChatModule module;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Meeting inAbout(Duration ahead, Long roomId, String title) {
        ZonedDateTime start = clock.now().plus(ahead).atZone(TIRANA).truncatedTo(ChronoUnit.MINUTES);
        return meetings.schedule(new Plan(roomId, title, null, start.toLocalDate().toString(),
                start.toLocalTime().toString(), "Europe/Tirane", 60, null));
    }

    private long unread(String who) {
        ActingUser.actAs(who);
        return notifications.unreadCount();
    }

    @Test
    void inviteesAnswerAndOnlyTheOrganiserSeesWhoComes() {
        String organiser = person("org", Role.CSO_MEMBER);
        String yes = person("po", Role.CSO_MEMBER);
        String no = person("jo", Role.INSTITUTION_MEMBER);
        String silent = person("hesht", Role.CSO_MEMBER);
        String outsider = person("jashte", Role.CSO_MEMBER);
        ActingUser.actAs(organiser);
        Room group = rooms.createGroup("Takimi i përgjigjeve", null, true);
        for (String who : new String[] {yes, no, silent}) {
            rooms.addMember(group.getId(), id(who));
        }
        Meeting m = meetings.schedule(new Plan(group.getId(), "Përgjigjet", null, "2031-05-10", "10:00", null, 60, null));

        ActingUser.actAs(yes);
        assertThat(replies.mine(m.getId())).isEmpty();
        replies.reply(m.getId(), true);
        assertThat(replies.mine(m.getId())).contains(true);
        assertThatThrownBy(() -> replies.attendance(m.getId(), SQ)).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(no);
        replies.reply(m.getId(), true);
        replies.reply(m.getId(), false);
        assertThat(replies.mine(m.getId())).as("a new answer replaces the first").contains(false);

        ActingUser.actAs(organiser);
        assertThatThrownBy(() -> replies.reply(m.getId(), true)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.meeting.reply.organiser"));
        MeetingReplies.Attendance who = replies.attendance(m.getId(), SQ);
        assertThat(who.coming()).extracting(Invitee::personId).containsExactly(id(yes));
        assertThat(who.notComing()).extracting(Invitee::personId).containsExactly(id(no));
        assertThat(who.unanswered()).extracting(Invitee::personId).containsExactly(id(silent));
        assertThat(who.coming()).extracting(Invitee::name).containsExactly("Anëtar po");

        ActingUser.actAs(outsider);
        assertThatThrownBy(() -> replies.reply(m.getId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replies.attendance(m.getId(), SQ)).isInstanceOf(AccessDeniedException.class);
        for (String nobody : new String[] {null, person("qytetar", Role.CITIZEN)}) {
            ActingUser.actAs(nobody);
            assertThatThrownBy(() -> replies.reply(m.getId(), true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> replies.mine(m.getId())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aReminderGoesOnceShortlyBeforeTheStartToThoseWhoDidNotDecline() {
        String organiser = person("kujt-org", Role.CSO_MEMBER);
        String coming = person("kujt-vjen", Role.CSO_MEMBER);
        String declining = person("kujt-refuzon", Role.CSO_MEMBER);
        ActingUser.actAs(organiser);
        Room group = rooms.createGroup("Kujtesat", null, true);
        rooms.addMember(group.getId(), id(coming));
        rooms.addMember(group.getId(), id(declining));
        Meeting m = inAbout(Duration.ofHours(3), group.getId(), "Takimi me kujtesë");
        ActingUser.actAs(declining);
        replies.reply(m.getId(), false);
        long organiserBefore = unread(organiser);
        long comingBefore = unread(coming);
        long decliningBefore = unread(declining);
        ActingUser.actAs(null);
        Runnable job = module.descriptor().jobs().stream().filter(j -> j.id().equals(ChatModule.REMINDER_JOB))
                .map(ScheduledJob::task).findFirst().orElseThrow();

        job.run();
        assertThat(unread(coming)).as("three hours before: too early").isEqualTo(comingBefore);

        clock.advance(Duration.ofMinutes(135));
        ActingUser.actAs(null);
        job.run();
        assertThat(unread(coming)).isEqualTo(comingBefore + 1);
        assertThat(unread(organiser)).isEqualTo(organiserBefore + 1);
        assertThat(unread(declining)).as("who declined is not reminded").isEqualTo(decliningBefore);

        clock.advance(Duration.ofMinutes(20));
        ActingUser.actAs(null);
        job.run();
        assertThat(unread(coming)).as("one reminder per meeting").isEqualTo(comingBefore + 1);
    }

    @Test
    void theCalendarShowsTheMonthAndTheListsOfTheCallersRoomsAndFiltersByGroup() {
        String member = person("kal", Role.CSO_MEMBER);
        String outsider = person("kal-jashte", Role.CSO_MEMBER);
        ActingUser.actAs(member);
        Room first = rooms.createGroup("Grupi i prokurimeve", null, true);
        Room second = rooms.createGroup("Grupi i arsimit", null, false);
        Meeting a = meetings.schedule(new Plan(first.getId(), "Prilli A", null, "2032-04-15", "10:00", null, 60, null));
        Meeting b = meetings.schedule(new Plan(second.getId(), "Prilli B", null, "2032-04-30", "23:30", null, 60, null));
        Meeting may = meetings.schedule(new Plan(first.getId(), "Maji", null, "2032-05-01", "00:30", null, 60, null));

        assertThat(calendar.groups()).extracting(ChatCalendar.Group::id).contains(first.getId(), second.getId());
        assertThat(calendar.month(YearMonth.of(2032, 4), null)).extracting(Meeting::getId)
                .as("by the platform's days: 00:30 on 1 May in Tirana (30 April in UTC) is May")
                .contains(a.getId(), b.getId()).doesNotContain(may.getId());
        assertThat(calendar.month(YearMonth.of(2032, 4), first.getId())).extracting(Meeting::getId)
                .containsExactly(a.getId());
        assertThat(calendar.upcoming(first.getId())).extracting(Meeting::getId).containsExactly(a.getId(), may.getId());
        assertThat(calendar.past(first.getId())).isEmpty();

        ActingUser.actAs(outsider);
        assertThat(calendar.month(YearMonth.of(2032, 4), null)).extracting(Meeting::getId)
                .doesNotContain(a.getId(), b.getId());
        assertThatThrownBy(() -> calendar.month(YearMonth.of(2032, 4), first.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.past(first.getId())).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(person("kal-qytetar", Role.CITIZEN));
        assertThatThrownBy(() -> calendar.groups()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.upcoming(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void afterTheMeetingItsOrganiserKeepsTheMinutesAndDecisionsAndNobodyElse() {
        String organiser = person("proc-org", Role.CSO_MEMBER);
        String guest = person("proc-i-ftuar", Role.CSO_MEMBER);
        ActingUser.actAs(organiser);
        Room group = rooms.createGroup("Procesverbalet", null, true);
        rooms.addMember(group.getId(), id(guest));
        Meeting m = inAbout(Duration.ofHours(2), group.getId(), "Takimi me procesverbal");
        assertThatThrownBy(() -> minutes.record(m.getId(), "Shumë herët", null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.meeting.notes.too-early"));

        assertThatThrownBy(() -> minutes.publish(m.getId(), SQ)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.meeting.publish.no-notes"));

        clock.advance(Duration.ofHours(4));
        assertThat(calendar.past(group.getId())).extracting(Meeting::getId).containsExactly(m.getId());
        assertThat(calendar.upcoming(group.getId())).isEmpty();
        assertThatThrownBy(() -> minutes.record(m.getId(), "  ", null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("notes"));
        minutes.record(m.getId(), "Morën pjesë **tetë** anëtarë.<script>alert(1)</script>",
                "1. Kërkesë për informim te bashkia\n2. Takimi tjetër në janar");
        Meeting kept = meetings.meeting(m.getId());
        assertThat(kept.isRecorded()).isTrue();
        assertThat(kept.getNotesHtml()).contains("<strong>tetë</strong>").doesNotContain("<script");
        assertThat(kept.getDecisionsHtml()).contains("<ol>").contains("<li>Kërkesë për informim te bashkia</li>");
        assertThat(minutes.mayRecord(kept)).isTrue();
        assertThat(minutes.libraryAvailable()).as("no library in this archive").isFalse();
        assertThatThrownBy(() -> minutes.publish(m.getId(), SQ)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.meeting.publish.unavailable"));

        ActingUser.actAs(guest);
        assertThat(minutes.mayRecord(kept)).isFalse();
        assertThatThrownBy(() -> minutes.record(m.getId(), "E imja", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> minutes.publish(m.getId(), SQ)).as("only the organiser publishes")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replies.reply(m.getId(), true)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.meeting.reply.over"));
        assertThat(meetings.meeting(m.getId()).getNotes()).startsWith("Morën pjesë");
    }
}
