package al.rrjeti.forum;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.RequestDeadlines;
import al.rrjeti.forum.api.RequestsResource;
import al.rrjeti.forum.api.ThreadsResource;
import al.rrjeti.forum.infrastructure.ForumFileAccess;
import al.rrjeti.forum.infrastructure.ForumPersonalData;
import al.rrjeti.forum.infrastructure.ForumSearch;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The forum's one descriptor: everything the kernel knows about the module is here. */
@ApplicationScoped
public class ForumModule implements PlatformModule {

    public static final String ID = "forum";
    public static final String MESSAGES = "al.rrjeti.forum.messages";

    /** Read and write in the network forum. */
    public static final String NETWORK = "forum.network";
    /** Write in the public forum. */
    public static final String POST = "forum.post";
    /** Post under a pseudonym (citizens). */
    public static final String PSEUDONYM = "forum.pseudonym";
    /** Answer officially for one's verified organisation. */
    public static final String OFFICIAL = "forum.official";
    /** Moderate: reports, hide, lock, pin, move, approve held posts, see who is behind a pseudonym. */
    public static final String MODERATE = "forum.moderate";
    /** Manage the categories of both spaces. */
    public static final String MANAGE = "forum.manage";

    public static final String REPLY = "forum.reply";
    public static final String MENTION = "forum.mention";
    public static final String OFFICIAL_ANSWER = "forum.official-answer";
    public static final String REQUEST = "forum.request";
    public static final String DEADLINE = "forum.deadline";
    public static final String MODERATED = "forum.moderated";
    public static final String QUEUE = "forum.queue";
    /** A post was reported (moderators). */
    public static final String REPORTED = "forum.reported";

    /** Posts held until a moderator lets them through. */
    public static final String HELD_QUEUE = "forum.held";
    /** Reports not yet acted on. */
    public static final String REPORTS_QUEUE = "forum.reports";

    @Inject
    private CategoryService categories;

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private al.rrjeti.forum.application.ForumDemo demo;

    @Inject
    private ForumRepository repository;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.0.0")
                .name("Forumi", "Forum")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/forum/", "forum.nav", "pi pi-comments", Audience.EVERYONE, 20)
                .widget("/forum/widgets/latest.xhtml", Audience.EVERYONE, 20)
                .restrict("/forum/new", Audience.ACCOUNTS)
                .restrict("/forum/edit", Audience.ACCOUNTS)
                .restrict("/forum/report", Audience.ACCOUNTS)
                .restrict("/forum/moderation/", Audience.STAFF)
                .restrict("/forum/categories", Audience.STAFF)
                .permission(NETWORK, "cso_member", "institution_member", "moderator", "operator")
                .permission(POST, "citizen", "business", "media", "cso_member", "institution_member", "moderator",
                        "editor", "operator")
                .permission(PSEUDONYM, "citizen")
                .permission(OFFICIAL, "cso_member", "institution_member")
                .permission(MODERATE, "moderator", "operator")
                .permission(MANAGE, "editor", "operator")
                .notification(REPLY, "forum.notification.reply", true)
                .notification(MENTION, "forum.notification.mention", true)
                .notification(OFFICIAL_ANSWER, "forum.notification.official", true)
                .notification(REQUEST, "forum.notification.request", true)
                .notification(DEADLINE, "forum.notification.deadline", true)
                .notification(MODERATED, "forum.notification.moderated", true)
                .notification(QUEUE, "forum.notification.queue", true)
                .notification(REPORTED, "forum.notification.reported", true)
                .queue(HELD_QUEUE, "forum.queue.held", "/forum/moderation/#held", MODERATE, QUEUE,
                        () -> repository.countPending())
                .queue(REPORTS_QUEUE, "forum.queue.reports", "/forum/moderation/#reports", MODERATE, REPORTED,
                        () -> repository.countOpenReports())
                .changelog("META-INF/rrjeti/forum/changelog.xml")
                .job("forum.deadlines", Duration.ofHours(1), () -> deadlines.remind())
                .search(ForumSearch.class)
                .files(ForumFileAccess.class)
                .rest(ThreadsResource.class, RequestsResource.class)
                .stylesheet("/forum/forum.css")
                .uploads(al.rrjeti.forum.web.ForumUploadPages.class)
                .personalData(ForumPersonalData.class)
                .setting("rrjeti.forum.request.working-days", "10",
                        "Ditë pune që ka një organizatë e adresuar për t'iu përgjigjur një kërkese për informim"
                                + " (10 sipas ligjit për të drejtën e informimit)",
                        "Working days an addressed organisation has to answer an information request"
                                + " (the right-to-information law's 10)")
                .setting("rrjeti.forum.request.remind-working-days", "2",
                        "Sa ditë pune para afatit i kujtohet organizatës së adresuar",
                        "Working days before the deadline the addressee is reminded")
                .setting("rrjeti.forum.holidays", null,
                        "Çelës i vjetër, ende i lexuar: datat e tij u shtohen rrjeti.calendar.days-off",
                        "Former key, still read: its dates are added to rrjeti.calendar.days-off")
                .setting("rrjeti.forum.premoderate-first-posts", "1",
                        "Sa postime të para të një llogarie të re qytetari, biznesi ose media presin moderatorin (0: asnjë)",
                        "How many first posts of a new citizen, business or media account wait for a moderator (0: none)")
                .setting("rrjeti.forum.posts.min-seconds-between", "20",
                        "Sekondat më të pakta mes dy postimeve të një llogarie (moderatorët nuk kufizohen)",
                        "Fewest seconds between two posts of one account (moderators are not limited)")
                .setting("rrjeti.forum.posts.per-hour", "30",
                        "Postimet më të shumta të një llogarie në një orë",
                        "Most posts of one account in an hour")
                .setting("rrjeti.forum.attachment.max-mb", "10",
                        "Madhësia më e madhe e një bashkëngjitjeje në forum (MB)",
                        "Largest forum attachment (MB)")
                .build();
    }

    @Override
    public void seed() {
        categories.ensureDefaults();
    }

    @Override
    public void seedDemo() {
        demo.seed();
    }

    @Override
    public int removeDemo() {
        return demo.remove();
    }
}
