package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.MeetingReply;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reminds a meeting's people shortly before it starts: the room's members who did not decline, the
 * organiser too. Run by the kernel's scheduler (the descriptor's {@code chat.meeting-reminders}); the
 * meeting is marked in the same transaction as the notifications, so each is reminded once.
 */
@ApplicationScoped
public class MeetingReminders {

    @Inject
    private ChatRepository repository;

    @Inject
    private Notifier notifier;

    @Inject
    private PlatformClock clock;

    @Inject
    private ChatSettings settings;

    /** @return how many meetings were reminded of */
    @Transactional
    public int sendDue() {
        Instant now = clock.now();
        int reminded = 0;
        for (Meeting meeting : repository.meetingsToRemind(now, now.plus(Duration.ofMinutes(settings.reminderMinutes())))) {
            if (!meeting.remind(now)) {
                continue;
            }
            Set<Long> told = new LinkedHashSet<>();
            repository.members(meeting.getRoomId()).stream().map(RoomMember::getPersonId).forEach(told::add);
            repository.replies(meeting.getId()).stream().filter(r -> !r.isComing()).map(MeetingReply::getPersonId)
                    .forEach(told::remove);
            long minutesLeft = Math.max(1, Duration.between(now, meeting.getStartsAt()).toMinutes());
            notifier.notifyAll(told, ChatModule.MEETING_REMINDER, new NotificationText(ChatModule.MESSAGES,
                    MeetingReminders.class.getClassLoader(), "chat.notification.reminder.title", null,
                    "/chat/meeting.xhtml?id=" + meeting.getId(), meeting.getTitle(), minutesLeft));
            reminded++;
        }
        return reminded;
    }
}
