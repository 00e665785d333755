package al.rrjeti.chat;

import al.rrjeti.chat.api.RoomsResource;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.application.MeetingReminders;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.infrastructure.ChatPersonalData;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The chat's one descriptor. Chat is members-only content: its messages reach the search only as
 * documents of their room's group (see ChatSearch), found by that room's members alone.
 */
@ApplicationScoped
public class ChatModule implements PlatformModule {

    public static final String ID = "chat";
    public static final String MESSAGES = "al.rrjeti.chat.messages";

    /**
     * Take part in the chat. Only the roles that verified organisations give: a member whose
     * organisation is not (or no longer) verified acts as a citizen and is refused at once.
     */
    public static final String USE = "chat.use";

    /** Decide on reported messages (the platform's moderators; they see the reported message only). */
    public static final String MODERATE = "chat.moderate";

    /** A message was reported (moderators). */
    public static final String REPORTED = "chat.reported";

    /** Reports not yet decided. */
    public static final String REPORTS_QUEUE = "chat.reports";

    public static final String MODERATION_PAGE = "/chat/moderation.xhtml";

    /** A meeting was planned in one of your rooms. */
    public static final String MEETING = "chat.meeting";

    /** A meeting you are invited to starts soon. */
    public static final String MEETING_REMINDER = "chat.meeting-reminder";

    /** The job that sends those reminders. */
    public static final String REMINDER_JOB = "chat.meeting-reminders";

    /** Someone mentioned you in a message. */
    public static final String MENTION = "chat.mention";

    @Inject
    private ChatRooms rooms;

    @Inject
    private ChatRepository repository;

    @Inject
    private MeetingReminders reminders;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.0.0")
                .name("Biseda", "Chat")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/chat/", "chat.nav", "pi pi-comment", Audience.MEMBERS, 30,
                        person -> rooms.unreadTotal(person))
                .restrict(MODERATION_PAGE, Audience.STAFF)
                .permission(USE, "cso_member", "institution_member")
                .permission(MODERATE, "moderator", "operator")
                .notification(MENTION, "chat.notification.mention", true)
                .notification(REPORTED, "chat.notification.reported", true)
                .notification(MEETING, "chat.notification.meeting", true)
                .notification(MEETING_REMINDER, "chat.notification.reminder", true)
                .job(REMINDER_JOB, Duration.ofMinutes(5), () -> reminders.sendDue())
                .queue(REPORTS_QUEUE, "chat.queue.reports", MODERATION_PAGE, MODERATE, REPORTED,
                        () -> repository.countOpenReports())
                .changelog("META-INF/rrjeti/chat/changelog.xml")
                .rest(RoomsResource.class, al.rrjeti.chat.api.MeetingsResource.class)
                .stylesheet("/chat/chat.css")
                .personalData(ChatPersonalData.class)
                .files(al.rrjeti.chat.infrastructure.ChatFileAccess.class)
                .search(al.rrjeti.chat.application.ChatSearch.class)
                .setting("rrjeti.chat.messages.per-minute", "20",
                        "Mesazhet më të shumta që një anëtar dërgon në një minutë (kundër vërshimit)",
                        "Most messages one member sends in a minute (against flooding)")
                .setting("rrjeti.chat.message.max-length", "4000",
                        "Gjatësia më e madhe e një mesazhi (shenja)",
                        "Longest message (characters)")
                .setting("rrjeti.chat.history.page-size", "50",
                        "Sa mesazhe sjell një faqe e historikut të një dhome",
                        "How many messages one page of a room's history brings")
                .setting("rrjeti.chat.meetings.base-url", "https://meet.jit.si",
                        "Shërbimi i takimeve me video: çdo takim merr aty një dhomë me emër që nuk merret me mend",
                        "The video-meeting service: each meeting gets a room there with a name nobody guesses")
                .setting("rrjeti.chat.attachment.max-mb", "10",
                        "Madhësia më e madhe e një skedari të dërguar në bisedë (MB): PDF, DOCX, ODT, PNG, JPEG",
                        "Largest file sent in the chat (MB): PDF, DOCX, ODT, PNG, JPEG")
                .setting("rrjeti.chat.meetings.reminder-minutes", "60",
                        "Sa minuta para fillimit të takimit u kujtohet të ftuarve",
                        "How many minutes before a meeting starts its invitees are reminded")
                .build();
    }

    @Override
    public void seed() {
        rooms.ensureNetworkRoom();
    }
}
