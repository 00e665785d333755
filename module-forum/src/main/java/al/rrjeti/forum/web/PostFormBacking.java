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
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code forum/edit.xhtml} (the author rewrites a post) and {@code forum/report.xhtml} (a reader reports one). */
@Named
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

    /** The author's form starts from the post as it is; others get 403 (or are sent to log in), 404 if gone. */
    public void loadForEditing() {
        Post p = Pages.read(() -> reading.editable(post), user.isLoggedIn());
        if (p != null) {
            remember(p);
            if (body == null) {
                body = p.getBody();
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
        if (messages.attempt("edit", () -> posting.edit(post, body), "forum.post.edited")) {
            return back();
        }
        return null;
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
