package al.rrjeti.forum.application;

import al.rrjeti.forum.ForumModule;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.Member;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.StaffAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells people about a post once it is public: the addressee of a request, the asker about an
 * official answer, those mentioned, and followers of the thread or its category. Each person hears
 * once per post, by the most specific reason.
 */
@ApplicationScoped
public class ForumNotifier {

    @Inject
    private Notifier notifications;

    @Inject
    private StaffAlerts staff;

    @Inject
    private ForumRepository repository;

    @Inject
    private Mentions mentions;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private People accounts;

    /** A post became public (at once, or when a moderator let it through). */
    public void published(ForumThread thread, Post post) {
        Map<Long, String> told = new LinkedHashMap<>(); // account → notification type, most specific first
        told.put(post.getAuthorId(), null); // the author needs no news of their own post
        String link = link(thread, post);
        if (post.getNumber() == 1 && thread.isRequest()) {
            for (Long member : members(thread.getAddresseeId())) {
                tell(told, member, ForumModule.REQUEST, "forum.notification.request.title", link, thread.getTitle(),
                        date(thread));
            }
        }
        if (post.isOfficial()) {
            tell(told, thread.getAuthorId(), ForumModule.OFFICIAL_ANSWER, "forum.notification.official.title", link,
                    thread.getTitle());
        }
        Mentions.Mentioned who = mentions.in(post.getBody());
        Set<Long> mentioned = new HashSet<>(who.accounts());
        who.organisations().forEach(o -> mentioned.addAll(members(o)));
        for (Long account : mentioned) {
            if (thread.getSpace() == Space.PUBLIC || mayReadNetwork(account)) {
                tell(told, account, ForumModule.MENTION, "forum.notification.mention.title", link, thread.getTitle());
            }
        }
        for (Long follower : repository.followers(thread)) {
            if (thread.getSpace() == Space.PUBLIC || mayReadNetwork(follower)) {
                tell(told, follower, ForumModule.REPLY, "forum.notification.reply.title", link, thread.getTitle());
            }
        }
    }

    /** A moderator hid the author's post: they are told why. */
    public void hidden(ForumThread thread, Post post, String reason) {
        notifications.notify(post.getAuthorId(), ForumModule.MODERATED, text("forum.notification.hidden.title",
                "forum.notification.hidden.body", link(thread, post), thread.getTitle(), reason));
    }

    /** A post waits for moderation: everyone who may moderate hears of it. */
    public void held(ForumThread thread, Post post) {
        staff.entered(ForumModule.HELD_QUEUE, text("forum.notification.queue.title", null, "/forum/moderation/#held",
                thread.getTitle()));
    }

    /** A reader reported a post: everyone who may moderate hears of it. */
    public void reported(ForumThread thread, Post post) {
        staff.entered(ForumModule.REPORTS_QUEUE, text("forum.notification.reported.title", null,
                "/forum/moderation/#reports", thread.getTitle()));
    }

    /** The addressee's members are reminded of a request's deadline. */
    public void deadlineNear(ForumThread thread) {
        for (Long member : members(thread.getAddresseeId())) {
            notifications.notify(member, ForumModule.DEADLINE, text("forum.notification.deadline.title",
                    "forum.notification.deadline.body", "/forum/thread.xhtml?id=" + thread.getId(), thread.getTitle(),
                    date(thread)));
        }
    }

    private void tell(Map<Long, String> told, Long account, String type, String titleKey, String link, Object... args) {
        if (told.containsKey(account)) {
            return;
        }
        told.put(account, type);
        notifications.notify(account, type, text(titleKey, null, link, args));
    }

    private Set<Long> members(Long organisationId) {
        Set<Long> ids = new HashSet<>();
        if (organisationId != null && organisations.find(organisationId).map(o -> o.isVerified()).orElse(false)) {
            organisations.members(organisationId).stream().map(Member::personId).forEach(ids::add);
        }
        return ids;
    }

    private boolean mayReadNetwork(Long accountId) {
        Set<Role> roles = accounts.roles(accountId);
        return roles.stream().anyMatch(Role.MEMBERS::contains) || roles.contains(Role.MODERATOR)
                || roles.contains(Role.OPERATOR);
    }

    private static String date(ForumThread thread) {
        return al.rrjeti.kernel.api.i18n.DateTimes.day(thread.getDeadline());
    }

    static String link(ForumThread thread, Post post) {
        return "/forum/thread.xhtml?id=" + thread.getId() + "#post-" + post.getNumber();
    }

    private static NotificationText text(String titleKey, String bodyKey, String link, Object... args) {
        return new NotificationText(ForumModule.MESSAGES, ForumNotifier.class.getClassLoader(), titleKey, bodyKey, link,
                args);
    }
}
