package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.DocumentKind;
import al.rrjeti.kernel.api.Documents;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.i18n.Texts;
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

    @Inject
    private Documents documents;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private DateTimes dates;

    @Inject
    private Texts bundle;

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

    /** Whether the minutes can go to the library now: an archive is active (the library is on). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean libraryAvailable() {
        return documents.available();
    }

    /**
     * The organiser hands the minutes and decisions to the library, as a submission of their
     * organisation for the library editors' review (through the kernel, not the library's classes).
     *
     * @return the library's page where the submission is followed
     * @throws AccessDeniedException for anyone but the organiser
     */
    public String publish(Long meetingId, java.util.Locale reader) {
        Meeting meeting = organised(meetingId);
        if (!meeting.isRecorded()) {
            throw new BusinessException("chat.meeting.publish.no-notes");
        }
        if (meeting.getPublishedPath() != null) {
            throw new BusinessException("chat.meeting.publish.already");
        }
        if (!documents.available()) {
            throw new BusinessException("chat.meeting.publish.unavailable");
        }
        Long organisation = organisations.membershipsOf(meeting.getOrganiserId()).stream()
                .map(al.rrjeti.kernel.api.Member::organisationId).findFirst()
                .orElseThrow(() -> new BusinessException("chat.meeting.publish.no-organisation"));
        String day = al.rrjeti.kernel.api.i18n.DateTimes.day(meeting.getStartsAt().atZone(dates.zone()).toLocalDate());
        StringBuilder text = new StringBuilder("# ").append(meeting.getTitle()).append("\n\n")
                .append(day).append("\n\n");
        if (meeting.getAgenda() != null) {
            text.append("## ").append(texts(reader, "chat.meeting.agenda.title")).append("\n\n")
                    .append(meeting.getAgenda()).append("\n\n");
        }
        text.append("## ").append(texts(reader, "chat.meeting.notes.title")).append("\n\n").append(meeting.getNotes());
        if (meeting.getDecisions() != null) {
            text.append("\n\n## ").append(texts(reader, "chat.meeting.decisions")).append("\n\n")
                    .append(meeting.getDecisions());
        }
        String title = meeting.getTitle() + " — " + day;
        // The minutes are written in the publisher's language; the library shows them marked as such.
        BilingualText documentTitle = BilingualText.only(Language.fromCode(reader.getLanguage()).orElse(Language.DEFAULT),
                texts(reader, "chat.meeting.publish.title", title));
        String path = documents.deposit(new DocumentDeposit(DocumentKind.MEETING_MINUTES, organisation,
                documentTitle.getSq(), documentTitle.getEn(), null, null, text.toString(),
                "/chat/meeting.xhtml?id=" + meeting.getId()));
        meeting.published(path);
        audit.record(caller.auditName(), "chat.meeting.published", "meeting " + meeting.getId(), path);
        return path;
    }

    private String texts(java.util.Locale reader, String key, Object... args) {
        return bundle.text(ChatModule.MESSAGES, MeetingMinutes.class.getClassLoader(), reader, key, args);
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
