package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Online meetings of a room: a member plans one (title, agenda, date and time in a time zone, the
 * platform's by default), the room's members are told, and everyone in it gets the video link (a
 * room of the configured meeting service with an unguessable name, or one entered by hand) and an
 * {@code .ics} file for their calendar.
 */
@ApplicationScoped
@Transactional
public class ChatMeetings {

    static final int TITLE_MAX = 200;
    static final int AGENDA_MAX = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a planner fills in; date {@code yyyy-MM-dd}, time {@code HH:mm}, zone an IANA id or empty. */
    public record Plan(Long roomId, String title, String agenda, String date, String time, String zone, int minutes,
            String videoUrl) {
    }

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private ChatSettings settings;

    @Inject
    private PlatformClock clock;

    @Inject
    private Notifier notifier;

    @Inject
    private DateTimes dates;

    @Inject
    private MeetingInvitations invitations;

    /** A member of the room plans a meeting; every other member is told, and mailed the {@code .ics} file. */
    public Meeting schedule(Plan plan) {
        Person me = access.requireChatter();
        Room room = access.room(plan.roomId());
        access.requireMember(room, me);
        List<Violation> problems = new ArrayList<>();
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty()) {
            problems.add(new Violation("title", "chat.meeting.title.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new Violation("title", "chat.meeting.title.too-long", TITLE_MAX));
        }
        String agenda = plan.agenda() == null || plan.agenda().isBlank() ? null : plan.agenda().strip();
        if (agenda != null && agenda.length() > AGENDA_MAX) {
            problems.add(new Violation("agenda", "chat.meeting.agenda.too-long", AGENDA_MAX));
        }
        ZoneId zone = zone(plan.zone(), problems);
        LocalDate day = parse(() -> LocalDate.parse(plan.date().strip()), "date", "chat.meeting.date.invalid", problems);
        LocalTime time = parse(() -> LocalTime.parse(plan.time().strip()), "time", "chat.meeting.time.invalid", problems);
        if (plan.minutes() < 5 || plan.minutes() > 600) {
            problems.add(new Violation("minutes", "chat.meeting.minutes.invalid", 5, 600));
        }
        String video = video(plan.videoUrl(), problems);
        ZonedDateTime start = null;
        if (zone != null && day != null && time != null) {
            start = ZonedDateTime.of(day, time, zone);
            if (!start.toInstant().isAfter(clock.now())) {
                problems.add(new Violation("date", "chat.meeting.in-the-past"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Meeting meeting = new Meeting(room.getId(), me.getId(), title, agenda, start, plan.minutes(), video, clock.now());
        repository.add(meeting);
        Set<Long> told = new LinkedHashSet<>();
        repository.members(room.getId()).stream().map(RoomMember::getPersonId).forEach(told::add);
        told.remove(me.getId());
        notifier.notifyAll(told, ChatModule.MEETING, new NotificationText(ChatModule.MESSAGES,
                ChatMeetings.class.getClassLoader(), "chat.notification.meeting.title", null,
                "/chat/?room=" + room.getId() + "#meetings", title,
                // Language-neutral on purpose: the text is worded per recipient, the moment is the organiser's.
                start.toLocalDateTime().toString().replace('T', ' ') + " " + start.getZone().getId()));
        invitations.send(meeting, room, me, told);
        return meeting;
    }

    /** Meetings not yet over in the rooms the caller is in, soonest first. */
    public List<Meeting> upcoming() {
        Person me = access.requireChatter();
        List<Long> rooms = repository.roomsOf(me.getId()).stream().map(Room::getId).toList();
        return repository.meetingsEndingAfter(rooms, clock.now());
    }

    /** Meetings not yet over in one room the caller may read. */
    public List<Meeting> upcoming(Long roomId) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireRead(room, me);
        return repository.meetingsEndingAfter(List.of(roomId), clock.now());
    }

    /** One meeting, for those who may read its room. */
    public Meeting meeting(Long meetingId) {
        Person me = access.requireChatter();
        Meeting meeting = repository.meeting(meetingId).orElseThrow(() -> new BusinessException("chat.meeting.unknown"));
        access.requireRead(access.room(meeting.getRoomId()), me);
        return meeting;
    }

    /** The meeting as a calendar file, for those who may read its room. */
    public String ics(Long meetingId) {
        return MeetingCalendar.ics(meeting(meetingId), clock.now());
    }

    private ZoneId zone(String given, List<Violation> problems) {
        if (given == null || given.isBlank()) {
            return dates.zone();
        }
        try {
            return ZoneId.of(given.strip());
        } catch (DateTimeException e) {
            problems.add(new Violation("zone", "chat.meeting.zone.invalid"));
            return null;
        }
    }

    private String video(String given, List<Violation> problems) {
        if (given == null || given.isBlank()) {
            // 128 random bits: a room name nobody guesses, on the configured meeting service.
            byte[] bits = new byte[16];
            RANDOM.nextBytes(bits);
            return settings.meetingsBaseUrl().replaceAll("/+$", "") + "/rrjeti-" + HexFormat.of().formatHex(bits);
        }
        try {
            URI uri = URI.create(given.strip());
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && given.length() <= 500) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // told below
        }
        problems.add(new Violation("videoUrl", "chat.meeting.video.invalid"));
        return null;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String field, String key, List<Violation> problems) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            problems.add(new Violation(field, key));
            return null;
        }
    }
}
