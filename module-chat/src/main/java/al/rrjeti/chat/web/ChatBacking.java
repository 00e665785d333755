package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatDirectory;
import al.rrjeti.chat.application.ChatDirectory.Candidate;
import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.application.ChatMessages;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.application.ChatModeration;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.application.ChatRooms.MemberView;
import al.rrjeti.chat.application.ChatRooms.RoomSummary;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chat/index.xhtml}: the member's rooms, one room's conversation, and making rooms. The
 * conversation itself (history, composer, read marks) is the page script's, over the chat's REST API.
 */
@Named("chatIndexBacking")
@ViewScoped
public class ChatBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ChatRooms rooms;

    @Inject
    private transient ChatMessages messages;

    @Inject
    private transient ChatDirectory directory;

    @Inject
    private transient ChatModeration moderation;

    @Inject
    private transient ChatMeetings meetingService;

    @Inject
    private transient al.rrjeti.chat.application.ChatPresence presence;

    @Inject
    private transient Messages faces;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CurrentLanguage language;

    private Long room;
    private List<RoomSummary> list;
    private RoomSummary current;
    private List<MemberView> members;
    private Long userId;

    private transient jakarta.servlet.http.Part file;
    private String caption;
    private String groupName;
    private String groupDescription;
    private boolean inviteOnly;
    private List<Long> directWith = new ArrayList<>();
    private Long addPerson;
    private List<Candidate> candidates;
    private List<Meeting> meetings;
    private String meetingTitle;
    private String agenda;
    private String date;
    private String time;
    private String zone;
    private int minutes = 60;
    private String videoUrl;

    /** The view action: a visitor not logged in goes to log in, anyone else not in the network gets 403. */
    public void load() {
        list = Pages.read(() -> rooms.mine(language.getLocale()), caller.isLoggedIn());
        if (list == null) {
            return;
        }
        userId = caller.requireAccount().getId();
        if (room == null) {
            room = list.stream().filter(r -> r.kind() == RoomKind.NETWORK).findFirst().map(RoomSummary::id).orElse(null);
        }
        current = Pages.read(() -> rooms.summary(room, language.getLocale()), true);
        if (current != null) {
            members = rooms.members(room, language.getLocale());
        }
    }

    /** Called by the page's script with the id of a message the author chose to delete. */
    public void delete() {
        Long id = param("id");
        if (id != null) {
            faces.attempt("commands", () -> messages.delete(id), "chat.message.deleted");
        }
    }

    /** Called by the page's script with a message the member reports and why. */
    public void report() {
        Long id = param("id");
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reason");
        if (id != null) {
            faces.attempt("commands", () -> moderation.report(id, reason), "chat.report.sent");
        }
    }

    /** The composer's "typing" (the page sends it at most every three seconds; the service passes it on no more often). */
    public void typing() {
        try {
            presence.typing(room);
        } catch (BusinessException e) {
            // Nothing to tell the typist: the signal is for the others.
        }
    }

    /** The page was hidden or shown again. */
    public void away() {
        Long hidden = param("hidden");
        presence.away(hidden != null && hidden == 1L);
    }

    /** The member's presence as the members list shows it: online, away or offline. */
    public String presence(Long personId) {
        return presence.state(personId).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Sends the chosen file with the caption; a refusal is told beside the file and the caption stays. */
    public void sendFile() {
        try {
            al.rrjeti.kernel.api.files.Upload upload = Pages.upload(file);
            if (upload == null) {
                faces.error("file:file", "chat.file.required");
                return;
            }
            messages.post(room, caption, upload, language.getLocale());
            caption = null;
            faces.info("chat.file.sent");
        } catch (BusinessException e) {
            faces.refused("file", e);
        }
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String createGroup() {
        Long[] made = new Long[1];
        boolean done = faces.attempt("group", () -> made[0] = rooms.createGroup(groupName, groupDescription, inviteOnly)
                .getId(), "chat.room.created");
        return done ? open(made[0]) : null;
    }

    public String createDirect() {
        Long[] made = new Long[1];
        boolean done = faces.attempt("direct", () -> made[0] = rooms.createDirect(directWith).getId(),
                "chat.room.created");
        return done ? open(made[0]) : null;
    }

    public String join() {
        return faces.attempt("room-actions", () -> rooms.join(room), "chat.room.joined") ? open(room) : null;
    }

    public String leave() {
        return faces.attempt("room-actions", () -> rooms.leave(room), "chat.room.left") ? "/chat/index.xhtml?faces-redirect=true"
                : null;
    }

    public String addMember() {
        return faces.attempt("members", () -> rooms.addMember(room, addPerson), "chat.member.added") ? open(room) : null;
    }

    public String removeMember(Long personId) {
        return faces.attempt("members", () -> rooms.removeMember(room, personId), "chat.member.removed") ? open(room)
                : null;
    }

    /** Back to the room, no fragment: Faces took "#meetings" into the room parameter, and the page came back empty. */
    public String schedule() {
        return faces.attempt("meeting", () -> meetingService.schedule(new ChatMeetings.Plan(room, meetingTitle, agenda,
                date, time, zone, minutes, videoUrl)), "chat.meeting.scheduled") ? open(room) : null;
    }

    public List<Meeting> getMeetings() {
        if (meetings == null && current != null) {
            meetings = meetingService.upcoming(room);
        }
        return meetings;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public void setMeetingTitle(String meetingTitle) {
        this.meetingTitle = meetingTitle;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    private static String open(Long id) {
        return "/chat/index.xhtml?faces-redirect=true&room=" + id;
    }

    private static Long param(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** People to start a conversation with or add to the room. */
    public List<Candidate> getCandidates() {
        if (candidates == null) {
            candidates = directory.candidates(language.getLocale());
        }
        return candidates;
    }

    /** The room's title in the reader's language: the network, a group's name, or the others in a conversation. */
    public String title(RoomSummary r) {
        if (r == null) {
            return "";
        }
        return switch (r.kind()) {
            case NETWORK -> faces.text("chat.room.network");
            case GROUP -> r.name();
            case DIRECT -> r.others().isEmpty() ? faces.text("chat.room.direct.alone")
                    : String.join(", ", r.others());
        };
    }

    public boolean isCurrent(RoomSummary r) {
        return current != null && r.id().equals(current.id());
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }

    public List<RoomSummary> getList() {
        return list;
    }

    public RoomSummary getCurrent() {
        return current;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public Long getUserId() {
        return userId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getGroupDescription() {
        return groupDescription;
    }

    public void setGroupDescription(String groupDescription) {
        this.groupDescription = groupDescription;
    }

    public boolean isInviteOnly() {
        return inviteOnly;
    }

    public void setInviteOnly(boolean inviteOnly) {
        this.inviteOnly = inviteOnly;
    }

    public List<Long> getDirectWith() {
        return directWith;
    }

    public void setDirectWith(List<Long> directWith) {
        this.directWith = directWith;
    }

    public Long getAddPerson() {
        return addPerson;
    }

    public void setAddPerson(Long addPerson) {
        this.addPerson = addPerson;
    }
}
