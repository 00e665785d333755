package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of a meeting: once it has started, its organiser writes the minutes and the decisions
 * (Markdown, shown through the kernel's sanitiser) and may correct them later. Nobody else writes them.
 */
@ApplicationScoped
@Transactional
public class MeetingMinutes {

    static final int TEXT_MAX = 50_000;

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private PlatformClock clock;

    @Inject
    private Markdown markdown;

    @Inject
    private Audit audit;

    @Inject
    private Caller caller;

    /** @throws AccessDeniedException for anyone but the organiser */
    public Meeting record(Long meetingId, String notes, String decisions) {
        Meeting meeting = organised(meetingId);
        if (meeting.getStartsAt().isAfter(clock.now())) {
            throw new BusinessException("chat.meeting.notes.too-early");
        }
        String n = notes == null ? "" : notes.strip();
        String d = decisions == null || decisions.isBlank() ? null : decisions.strip();
        List<Violation> problems = new ArrayList<>();
        if (n.isEmpty()) {
            problems.add(new Violation("notes", "chat.meeting.notes.required"));
        } else if (n.length() > TEXT_MAX) {
            problems.add(new Violation("notes", "chat.meeting.notes.too-long", TEXT_MAX));
        }
        if (d != null && d.length() > TEXT_MAX) {
            problems.add(new Violation("decisions", "chat.meeting.notes.too-long", TEXT_MAX));
        }
        InvalidInputException.throwIfAny(problems);
        meeting.record(n, markdown.toHtml(n), d, d == null ? null : markdown.toHtml(d), clock.now());
        audit.record(caller.auditName(), "chat.meeting.minutes", "meeting " + meeting.getId(), null);
        return meeting;
    }

    /** Whether the caller organised the meeting (they alone write its record). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRecord(Meeting meeting) {
        return access.mayChat() && caller.account().map(Person::getId).filter(meeting.getOrganiserId()::equals).isPresent();
    }

    Meeting organised(Long meetingId) {
        Person me = access.requireChatter();
        Meeting meeting = repository.meeting(meetingId).orElseThrow(() -> new BusinessException("chat.meeting.unknown"));
        if (!me.getId().equals(meeting.getOrganiserId())) {
            throw new AccessDeniedException();
        }
        return meeting;
    }
}
