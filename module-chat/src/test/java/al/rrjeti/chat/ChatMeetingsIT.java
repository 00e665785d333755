package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.application.ChatMeetings.Plan;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Meetings on a real Payara: planned in a time zone and kept as the right instant, an unguessable
 * video room, the room's members told, the {@code .ics} file as calendars read it, every bad field
 * named at once, and nobody outside the room reaching any of it.
 */
@ExtendWith(ArquillianExtension.class)
class ChatMeetingsIT {

    @Inject
    private ChatMeetings meetings;

    @Inject
    private ChatRooms rooms;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Notifications notifications;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    private final java.util.Map<String, Long> ids = new java.util.HashMap<>();

    private String person(String who, Role role) {
        String email = "chat-meet-" + who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
        ids.put(email, fixtures.account(email, "Anëtar " + who, role).getId());
        return email;
    }

    @Test
    void aMeetingIsPlannedInItsZoneAndItsMembersGetTheLinkAndTheCalendarFile() {
        String organiser = person("organizator", Role.CSO_MEMBER);
        String guest = person("i-ftuar", Role.INSTITUTION_MEMBER);
        ActingUser.actAs(guest);
        long before = notifications.unreadCount();
        ActingUser.actAs(organiser);
        Room group = rooms.createGroup("Grupi i takimeve", null, true);
        rooms.addMember(group.getId(), ids.get(guest));

        Meeting m = meetings.schedule(new Plan(group.getId(), "Takimi i parë", "1. **Prokurimet**\n2. Të tjera",
                "2030-03-10", "10:00", "", 90, null));
        assertThat(m.getStartsAt()).as("10:00 in Tirana in March is 09:00 UTC").isEqualTo(Instant.parse("2030-03-10T09:00:00Z"));
        assertThat(m.getZone()).isEqualTo("Europe/Tirane");
        assertThat(m.getVideoUrl()).matches("https://meet\\.jit\\.si/rrjeti-[0-9a-f]{32}");
        Meeting other = meetings.schedule(new Plan(group.getId(), "Takimi në Nju Jork", null, "2030-07-01", "09:00",
                "America/New_York", 30, "https://video.example.al/dhoma-e-rrjetit"));
        assertThat(other.getStartsAt()).isEqualTo(Instant.parse("2030-07-01T13:00:00Z"));
        assertThat(other.getVideoUrl()).isEqualTo("https://video.example.al/dhoma-e-rrjetit");

        String ics = meetings.ics(m.getId());
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Tirane").contains("DTSTART;TZID=Europe/Tirane:20300310T100000")
                .contains("DTEND;TZID=Europe/Tirane:20300310T113000").contains("SUMMARY:Takimi i parë")
                .contains("UID:chat-meeting-" + m.getId() + "@rrjeti").contains("URL:" + m.getVideoUrl())
                .contains("END:VEVENT");

        ActingUser.actAs(guest);
        assertThat(notifications.unreadCount()).as("both meetings announced").isEqualTo(before + 2);
        assertThat(meetings.upcoming()).extracting(Meeting::getId).contains(m.getId(), other.getId());
        assertThat(meetings.upcoming(group.getId())).extracting(Meeting::getId).containsExactly(m.getId(), other.getId());
        assertThat(meetings.ics(other.getId())).contains("DTSTART;TZID=America/New_York:20300701T090000");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ActingUser.actAs(person("gabim", Role.CSO_MEMBER));
        Room group = rooms.createGroup("Gabimet", null, false);
        assertThatThrownBy(() -> meetings.schedule(new Plan(group.getId(), " ", null, "31-02-2030", "25:00",
                "Mars/Olympus", 2, "javascript:alert(1)")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactlyInAnyOrder("title", "date", "time", "zone", "minutes", "videoUrl"));
        assertThatThrownBy(() -> meetings.schedule(new Plan(group.getId(), "Dje", null, "2020-01-01", "10:00", null, 30,
                null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.meeting.in-the-past"));
    }

    @Test
    void nobodyOutsideTheRoomReachesItsMeetings() {
        String organiser = person("org", Role.CSO_MEMBER);
        ActingUser.actAs(organiser);
        Room closed = rooms.createGroup("I mbyllur", null, true);
        Meeting m = meetings.schedule(new Plan(closed.getId(), "Privat", null, "2031-01-15", "12:00", null, 60, null));

        ActingUser.actAs(person("jashte", Role.CSO_MEMBER));
        assertThat(meetings.upcoming()).extracting(Meeting::getId).doesNotContain(m.getId());
        assertThatThrownBy(() -> meetings.ics(m.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.upcoming(closed.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.schedule(new Plan(closed.getId(), "Unë", null, "2031-01-16", "12:00", null, 60,
                null))).isInstanceOf(AccessDeniedException.class);
        for (String who : new String[] {null, person("qytetar", Role.CITIZEN), person("mod", Role.MODERATOR)}) {
            ActingUser.actAs(who);
            assertThatThrownBy(() -> meetings.upcoming()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.ics(m.getId())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
