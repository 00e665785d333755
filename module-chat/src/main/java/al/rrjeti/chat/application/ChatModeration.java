package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.application.ChatActivity.Kind;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Message;
import al.rrjeti.chat.domain.Report;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.StaffAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reports of messages. A member who reads a message reports it; the platform's moderators see the
 * reported message (and only that: they do not read the rooms) in the kernel's moderation queue, and
 * remove it or dismiss the report.
 */
@ApplicationScoped
@Transactional
public class ChatModeration {

    static final int REASON_MAX = 1000;

    /** A report as the moderators' queue shows it. */
    public record ReportView(Long id, Long messageId, Long roomId, String author, String html, String reporter,
            String reason, Instant reportedAt) {
    }

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private Permissions permissions;

    @Inject
    private StaffAlerts staff;

    @Inject
    private People people;

    @Inject
    private PlatformClock clock;

    @Inject
    private Audit audit;

    @Inject
    private Caller caller;

    @Inject
    private Event<ChatActivity> activity;

    /** A member reports a message they may read; a second report of theirs while the first is open changes nothing. */
    public void report(Long messageId, String reason) {
        Person me = access.requireChatter();
        Message message = repository.message(messageId).orElseThrow(() -> new BusinessException("chat.message.unknown"));
        access.requireRead(access.room(message.getRoomId()), me);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "chat.report.reason.required");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "chat.report.reason.too-long", REASON_MAX);
        }
        if (message.isDeleted() || repository.hasOpenReport(messageId, me.getId())) {
            return;
        }
        repository.add(new Report(messageId, me.getId(), why, clock.now()));
        staff.entered(ChatModule.REPORTS_QUEUE, new NotificationText(ChatModule.MESSAGES,
                ChatModeration.class.getClassLoader(), "chat.notification.reported.title", null, ChatModule.MODERATION_PAGE));
    }

    public List<ReportView> open(Locale reader) {
        permissions.require(ChatModule.MODERATE);
        List<Report> reports = repository.openReports();
        Set<Long> ids = reports.stream().map(Report::getReporterId).collect(Collectors.toSet());
        List<Message> messages = reports.stream().map(r -> repository.message(r.getMessageId()).orElseThrow()).toList();
        messages.forEach(m -> ids.add(m.getAuthorId()));
        var names = people.displayNames(ids, reader);
        return java.util.stream.IntStream.range(0, reports.size()).mapToObj(i -> {
            Report r = reports.get(i);
            Message m = messages.get(i);
            return new ReportView(r.getId(), m.getId(), m.getRoomId(), names.get(m.getAuthorId()), m.getBodyHtml(),
                    names.get(r.getReporterId()), r.getReason(), r.getCreatedAt());
        }).toList();
    }

    @Inject
    private ChatSearch search;

    /** A moderator removes the reported message; every open report of it is settled. */
    public void remove(Long reportId) {
        Person me = decide(reportId, Report.REMOVED);
        Report report = repository.report(reportId).orElseThrow();
        Message message = repository.message(report.getMessageId()).orElseThrow();
        if (!message.isDeleted()) {
            message.delete(clock.now());
            search.changed(message);
            Room room = access.room(message.getRoomId());
            activity.fire(new ChatActivity(room.getId(), message.getId(), Kind.DELETED, repository.members(room.getId())
                    .stream().map(RoomMember::getPersonId).collect(Collectors.toUnmodifiableSet())));
        }
        audit.record(caller.auditName(), "chat.message.removed", "message " + message.getId(), "by " + me.getId());
    }

    /** A moderator lets the message stay. */
    public void dismiss(Long reportId) {
        decide(reportId, Report.DISMISSED);
        audit.record(caller.auditName(), "chat.report.dismissed", "report " + reportId, null);
    }

    private Person decide(Long reportId, String outcome) {
        permissions.require(ChatModule.MODERATE);
        Person me = caller.requireAccount();
        Report report = repository.report(reportId).filter(Report::isOpen)
                .orElseThrow(() -> new BusinessException("chat.report.unknown"));
        for (Report r : repository.openReports(report.getMessageId())) {
            r.resolve(outcome, me.getId(), clock.now());
        }
        return me;
    }
}
