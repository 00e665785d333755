package al.rrjeti.forum.web;

import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Report;
import al.rrjeti.forum.domain.Revision;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** {@code forum/moderation/index.xhtml} (reports, held posts) and {@code forum/moderation/post.xhtml} (one post). */
@Named("forumModerationBacking")
@ViewScoped
public class ModerationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ForumModeration moderation;

    @Inject
    private transient ForumAccess access;


    @Inject
    private transient People people;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient DateTimes dateTimes;

    @Inject
    private transient Messages messages;

    private Long id;
    private String reason;
    private String revealed;
    private Long revealedId;

    /** Staff who are not moderators (editors) get 403. */
    public void requireModerator() {
        if (!access.isModerator()) {
            Pages.forbidden();
        }
    }

    public void loadPost() {
        requireModerator();
        if (access.isModerator() && moderation.moderatedPost(id).isEmpty()) {
            Pages.notFound();
        }
    }

    public List<Report> getReports() {
        return moderation.openReports();
    }

    public List<Post> getHeld() {
        return moderation.held();
    }

    public Post post(Long postId) {
        return moderation.moderatedPost(postId).orElse(null);
    }

    public ForumThread thread(Long threadId) {
        return moderation.moderatedThread(threadId).orElse(null);
    }

    public Post getPost() {
        return moderation.moderatedPost(id).orElse(null);
    }

    public List<Revision> getHistory() {
        return moderation.history(id);
    }

    public String name(Long accountId) {
        return people.displayName(accountId, language.getLocale());
    }

    public String when(Instant at) {
        return dateTimes.dateTime(at, language.getLocale());
    }

    public void approve(Long postId) {
        messages.attempt("queue", () -> moderation.approve(postId), "forum.moderation.approved");
    }

    public void dismiss(Long reportId) {
        messages.attempt("queue", () -> moderation.dismiss(reportId), "forum.moderation.dismissed");
    }

    public void hide() {
        messages.attempt("post", () -> moderation.hide(id, reason), "forum.moderation.hidden");
        reason = null;
    }

    public void unhide() {
        messages.attempt("post", () -> moderation.unhide(id), "forum.moderation.shown");
    }

    public void reveal() {
        Person a = moderation.author(id);
        revealed = a.getDisplayName() + " <" + a.getEmail() + ">";
        revealedId = a.getId();
    }

    public String getRevealed() {
        return revealed;
    }

    /** The account behind a pseudonym once shown (for its link to blocking), else null. */
    public Long getRevealedId() {
        return revealedId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
