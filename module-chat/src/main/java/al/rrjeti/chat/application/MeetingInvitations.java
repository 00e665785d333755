package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.kernel.api.Mail;
import al.rrjeti.kernel.api.MailAttachment;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mails each invitee the meeting's {@code .ics} file (ical4j's, as the page offers it), in their
 * language and in the caller's transaction, so nothing leaves if the planning fails. The network's
 * room is left out: a meeting there concerns everyone, who hear of it through their notifications
 * as they chose, not through a mail to every member of the platform.
 */
@ApplicationScoped
public class MeetingInvitations {

    @Inject
    private Mail mail;

    @Inject
    private People people;

    @Inject
    private Texts texts;

    @Inject
    private Links links;

    @Inject
    private DateTimes dates;

    @Inject
    private PlatformClock clock;

    /** @return how many invitations were sent */
    public int send(Meeting meeting, Room room, Person organiser, Collection<Long> invitees) {
        if (room.getKind() == RoomKind.NETWORK || invitees.isEmpty()) {
            return 0;
        }
        byte[] ics = MeetingCalendar.ics(meeting, clock.now()).getBytes(StandardCharsets.UTF_8);
        String link = links.absolute("/chat/meeting.xhtml?id=" + meeting.getId());
        int sent = 0;
        for (Person p : people.byIds(invitees).values()) {
            if (p.isDeleted() || p.getEmail() == null) {
                continue;
            }
            Locale lang = p.getLanguage() == null ? Locale.forLanguageTag("sq") : p.getLanguage();
            String when = dates.dateTime(meeting.getStartsAt(), lang) + " (" + dates.zone().getId() + ")";
            mail.send(p.getEmail(), lang, text(lang, "chat.invitation.subject", meeting.getTitle()),
                    text(lang, "chat.invitation.text", organiser.getDisplayName(), meeting.getTitle(), when,
                            meeting.getVideoUrl(), link),
                    List.of(new MailAttachment("takim-" + meeting.getId() + ".ics", "text/calendar; charset=UTF-8", ics)),
                    Map.of());
            sent++;
        }
        return sent;
    }

    private String text(Locale lang, String key, Object... args) {
        return texts.text(ChatModule.MESSAGES, MeetingInvitations.class.getClassLoader(), lang, key, args);
    }
}
