package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.MeetingReply;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invitees say whether they come, and the organiser sees who does. The invitees of a meeting are
 * the members of its room other than the organiser, who comes by definition; an answer can change
 * until the meeting is over.
 */
@ApplicationScoped
@Transactional
public class MeetingReplies {

    /** One invitee, by name. */
    public record Invitee(Long personId, String name) {
    }

    /** Who said they come, who said they do not, and who has not answered yet; each by name. */
    public record Attendance(List<Invitee> coming, List<Invitee> notComing, List<Invitee> unanswered) {
    }

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private PlatformClock clock;

    @Inject
    private People people;

    /** The caller, an invitee, comes or not. */
    public void reply(Long meetingId, boolean coming) {
        Person me = access.requireChatter();
        Meeting meeting = repository.meeting(meetingId).orElseThrow(() -> new BusinessException("chat.meeting.unknown"));
        access.requireMember(access.room(meeting.getRoomId()), me);
        if (me.getId().equals(meeting.getOrganiserId())) {
            throw new BusinessException("chat.meeting.reply.organiser");
        }
        if (!meeting.getEndsAt().isAfter(clock.now())) {
            throw new BusinessException("chat.meeting.reply.over");
        }
        Optional<MeetingReply> earlier = repository.reply(meetingId, me.getId());
        if (earlier.isPresent()) {
            earlier.get().answer(coming, clock.now());
        } else {
            repository.add(new MeetingReply(meetingId, me.getId(), coming, clock.now()));
        }
    }

    /** The caller's answer: empty when they have not answered (or organise the meeting). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Boolean> mine(Long meetingId) {
        Person me = access.requireChatter();
        return repository.reply(meetingId, me.getId()).map(MeetingReply::isComing);
    }

    /** @throws AccessDeniedException for anyone but the organiser: invitees' answers are theirs and the organiser's */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attendance attendance(Long meetingId, Locale reader) {
        Person me = access.requireChatter();
        Meeting meeting = repository.meeting(meetingId).orElseThrow(() -> new BusinessException("chat.meeting.unknown"));
        if (!me.getId().equals(meeting.getOrganiserId())) {
            throw new AccessDeniedException();
        }
        List<Long> invited = new ArrayList<>(repository.members(meeting.getRoomId()).stream()
                .map(RoomMember::getPersonId).filter(id -> !id.equals(meeting.getOrganiserId())).toList());
        Map<Long, Boolean> answers = repository.replies(meetingId).stream()
                .collect(Collectors.toMap(MeetingReply::getPersonId, MeetingReply::isComing));
        Map<Long, String> names = people.displayNames(invited, reader);
        Function<Boolean, List<Invitee>> those = answer -> invited.stream()
                .filter(id -> java.util.Objects.equals(answers.get(id), answer))
                .map(id -> new Invitee(id, names.getOrDefault(id, "")))
                .sorted(Comparator.comparing(Invitee::name, Collator.getInstance(reader))).toList();
        return new Attendance(those.apply(true), those.apply(false), those.apply(null));
    }
}
