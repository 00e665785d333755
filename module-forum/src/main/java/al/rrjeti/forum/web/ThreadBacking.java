package al.rrjeti.forum.web;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.ForumReading.ThreadPage;
import al.rrjeti.forum.application.Mentions;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code forum/thread.xhtml}: the posts, the reply form, accepting, following, the moderators' tools. */
@Named("forumThreadBacking")
@ViewScoped
public class ThreadBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ForumReading reading;

    @Inject
    private transient ForumPosting posting;

    @Inject
    private transient ForumModeration moderation;

    @Inject
    private transient ForumAccess access;

    @Inject
    private transient CategoryService categories;

    @Inject
    private transient al.rrjeti.forum.application.RequestDeadlines deadlines;

    @Inject
    private transient Caller user;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient DateTimes dateTimes;

    @Inject
    private transient Messages messages;

    @Inject
    private transient Mentions mentions;

    private Long id;
    private int page = 1;
    private Long quote;
    private Long quotedPostId;
    private String body;
    private String pseudonym;
    private Long officialFor;

    private transient List<OrganisationRef> officialOrganisations;
    private Long moveTo;
    private transient Part attachment;
    private transient ThreadPage loaded;

    public void load() {
        loaded = Pages.read(() -> reading.thread(id, page - 1, language.getLocale()), user.isLoggedIn());
        if (loaded != null && quote != null && body == null) {
            try {
                body = "> " + reading.quotable(quote).strip().replace("\n", "\n> ") + "\n\n";
                quotedPostId = quote;
            } catch (BusinessException gone) {
                // The quoted post was hidden or removed meanwhile: the reply starts empty.
            }
        }
    }

    public ThreadPage getView() {
        if (loaded == null && id != null) {
            loaded = reading.thread(id, page - 1, language.getLocale());
        }
        return loaded;
    }

    public String reply() {
        List<Upload> files = new ArrayList<>();
        Upload u = Pages.upload(attachment);
        if (u != null) {
            files.add(u);
        }
        try {
            Post made = posting.reply(new ForumPosting.Reply(id, body, quotedPostId, pseudonym, officialFor, files));
            if (made.isVisible()) {
                messages.info("forum.reply.sent");
            } else {
                ForumPosting.Notice held = posting.heldNotice();
                messages.info(held.key(), held.arguments().toArray());
            }
        } catch (BusinessException e) {
            messages.refused("reply", e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        loaded = null;
        return "/forum/thread.xhtml?faces-redirect=true&id=" + id + "&page=" + lastPage();
    }

    private int lastPage() {
        return getView() == null ? 1 : Math.max(1, getView().pages());
    }

    public void accept(Long postId) {
        messages.attempt("posts", () -> posting.accept(id, postId),
                postId == null ? "forum.accept.withdrawn" : "forum.accept.done");
        loaded = null;
    }

    public void follow(boolean follow) {
        messages.attempt("posts", () -> posting.followThread(id, follow),
                follow ? "forum.thread.followed" : "forum.thread.unfollowed");
    }

    public void lock(boolean locked) {
        messages.attempt("moderate", () -> moderation.lock(id, locked),
                locked ? "forum.thread.locked-done" : "forum.thread.unlocked-done");
        loaded = null;
    }

    public void pin(boolean pinned) {
        messages.attempt("moderate", () -> moderation.pin(id, pinned),
                pinned ? "forum.thread.pinned-done" : "forum.thread.unpinned-done");
        loaded = null;
    }

    public void move() {
        messages.attempt("moderate", () -> moderation.move(id, moveTo), "forum.thread.moved-done");
        loaded = null;
    }

    /** The composer's suggestions while a mention is typed (people of this thread, organisations). */
    public List<String> completeMention(String typed) {
        return mentions.suggest(typed, id, language.getLocale());
    }

    public boolean isFollowing() {
        return posting.follows(id, null);
    }

    public boolean isMayReply() {
        return getView() != null && getView().mayReply();
    }

    /**
     * The reply form offers a pseudonym only to those who cannot answer for an organisation: an
     * official answer is given in the organisation's name, and one form offering both would invite
     * a refusal (the service refuses the pair).
     */
    public boolean isMayUsePseudonym() {
        return getView() != null && access.mayUsePseudonym(getView().thread().getSpace())
                && getOfficialOrganisations().isEmpty();
    }

    public boolean isModerator() {
        return access.isModerator();
    }

    public boolean isLoggedIn() {
        return user.isLoggedIn();
    }

    public List<OrganisationRef> getOfficialOrganisations() {
        if (officialOrganisations == null) {
            officialOrganisations = posting.officialOrganisations();
        }
        return officialOrganisations;
    }

    public List<Category> getMoveTargets() {
        return getView() == null ? List.of() : categories.of(getView().thread().getSpace());
    }

    public String categoryName() {
        return getView().category().name(language.getLocale());
    }

    public String categoryName(Category c) {
        return c.name(language.getLocale());
    }

    public String when(Instant at) {
        return dateTimes.dateTime(at, language.getLocale());
    }

    public String date(java.time.LocalDate d) {
        return DateTimes.day(d);
    }

    public boolean isOverdue() {
        return getView().thread().isOverdue(deadlines.today());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public Long getQuote() {
        return quote;
    }

    public void setQuote(Long quote) {
        this.quote = quote;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public void setQuotedPostId(Long quotedPostId) {
        this.quotedPostId = quotedPostId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public Long getOfficialFor() {
        return officialFor;
    }

    public void setOfficialFor(Long officialFor) {
        this.officialFor = officialFor;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }
}
