package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.application.MeetingMinutes;
import al.rrjeti.chat.application.MeetingReplies;
import al.rrjeti.chat.application.MeetingReplies.Attendance;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.text.Markdown;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code chat/meeting.xhtml}: one meeting; invitees answer, the organiser sees who comes and keeps the record. */
@Named("chatMeetingBacking")
@ViewScoped
public class MeetingBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ChatMeetings meetings;

    @Inject
    private transient MeetingReplies replies;

    @Inject
    private transient MeetingMinutes minutes;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient Markdown markdown;

    @Inject
    private transient PlatformClock clock;

    @Inject
    private transient Messages faces;

    private Long id;
    private Meeting meeting;
    private Boolean mine;
    private Attendance attendance;
    private boolean organiser;
    private String notes;
    private String decisions;

    public void load() {
        meeting = Pages.read(() -> meetings.meeting(id), caller.isLoggedIn());
        if (meeting == null) {
            return;
        }
        organiser = minutes.mayRecord(meeting);
        mine = organiser ? null : replies.mine(id).orElse(null);
        attendance = organiser ? replies.attendance(id, language.getLocale()) : null;
        if (notes == null) {
            notes = meeting.getNotes();
            decisions = meeting.getDecisions();
        }
    }

    public String coming() {
        return answer(true);
    }

    public String notComing() {
        return answer(false);
    }

    private String answer(boolean coming) {
        return faces.attempt("reply", () -> replies.reply(id, coming),
                coming ? "chat.meeting.reply.coming.done" : "chat.meeting.reply.not-coming.done") ? self() : null;
    }

    public String record() {
        return faces.attempt("record", () -> minutes.record(id, notes, decisions), "chat.meeting.notes.saved") ? self()
                : null;
    }

    /** Hands the minutes to the library; the page then links the library's page that follows them. */
    public String publish() {
        return faces.attempt("record", () -> minutes.publish(id, language.getLocale()), "chat.meeting.publish.done")
                ? self() : null;
    }

    /** The publish button shows only to the organiser, for kept minutes not yet published, while the library is on. */
    public boolean isPublishable() {
        return organiser && meeting.isRecorded() && meeting.getPublishedPath() == null && minutes.libraryAvailable();
    }

    private String self() {
        return "/chat/meeting.xhtml?faces-redirect=true&id=" + id;
    }

    public String getAgendaHtml() {
        return markdown.toHtml(meeting.getAgenda());
    }

    public boolean isStarted() {
        return !meeting.getStartsAt().isAfter(clock.now());
    }

    public boolean isOver() {
        return !meeting.getEndsAt().isAfter(clock.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Boolean getMine() {
        return mine;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public boolean isOrganiser() {
        return organiser;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }
}
