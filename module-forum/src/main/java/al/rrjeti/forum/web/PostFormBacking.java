package al.rrjeti.forum.web;

import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.Mentions;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.ConflictException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code forum/edit.xhtml} (the author rewrites a post) and {@code forum/report.xhtml} (a reader reports one). */
@Named("forumPostFormBacking")
@ViewScoped
public class PostFormBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ForumPosting posting;

    @Inject
    private transient ForumModeration moderation;

    @Inject
    private transient ForumReading reading;

    @Inject
    private transient Caller user;


    @Inject
    private transient Messages messages;

    @Inject
    private transient Mentions mentions;

    @Inject
    private transient CurrentLanguage language;

    private Long post;
    private String body;
    private String reason;
    private Long threadId;
    private int number;
    /** The post's version when the form was opened, so that a save never overwrites someone else's. */
    private Long seenVersion;

    /** The author's form starts from the post as it is; others get 403 (or are sent to log in), 404 if gone. */
    public void loadForEditing() {
        Post p = Pages.read(() -> reading.editable(post), user.isLoggedIn());
        if (p != null) {
            remember(p);
            if (body == null) {
                body = p.getBody();
                seenVersion = p.getRowVersion();
            }
        }
    }

    /** The reader must be able to see the post they report. */
    public void loadForReport() {
        Post p = Pages.read(() -> reading.readable(post), user.isLoggedIn());
        if (p != null) {
            remember(p);
        }
    }

    private void remember(Post p) {
        threadId = p.getThreadId();
        number = p.getNumber();
    }

    /** The composer's suggestions while a mention is typed (people of the post's thread, organisations). */
    public List<String> completeMention(String typed) {
        return mentions.suggest(typed, threadId, language.getLocale());
    }

    public String save() {
        try {
            posting.edit(post, body, seenVersion);
        } catch (ConflictException e) {
            // the text stays in the form; saving again after a look at the other change is deliberate
            seenVersion = reading.editable(post).getRowVersion();
            messages.error(e);
            return null;
        } catch (BusinessException e) {
            messages.refused("edit", e);
            return null;
        }
        messages.info("forum.post.edited");
        return back();
    }

    public String report() {
        if (messages.attempt("report", () -> moderation.report(post, reason), "forum.report.sent")) {
            return back();
        }
        return null;
    }

    private String back() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/forum/thread.xhtml?faces-redirect=true&id=" + threadId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public int getNumber() {
        return number;
    }

    public Long getPost() {
        return post;
    }

    public void setPost(Long post) {
        this.post = post;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
