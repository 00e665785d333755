package al.rrjeti.forum.web;

import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.web.Messages;
import al.rrjeti.kernel.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

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
    private transient al.rrjeti.forum.infrastructure.ForumRepository repository;

    @Inject
    private transient CurrentUser user;


    @Inject
    private transient Messages messages;

    private Long post;
    private String body;
    private String reason;
    private Long threadId;
    private int number;

    /** The author's form starts from the post as it is; others get 403. */
    public void loadForEditing() {
        Post p = find();
        if (p == null) {
            return;
        }
        if (!posting.mayEdit(p, repository.thread(p.getThreadId()).orElseThrow())) {
            Pages.forbidden();
            return;
        }
        if (body == null) {
            body = p.getBody();
        }
    }

    /** The reader must be able to see the post they report. */
    public void loadForReport() {
        Post p = find();
        if (p != null) {
            Pages.read(() -> reading.thread(p.getThreadId(), 0, java.util.Locale.ROOT), user.isLoggedIn());
        }
    }

    private Post find() {
        Post p = post == null ? null : repository.post(post).orElse(null);
        if (p == null) {
            Pages.notFound();
            return null;
        }
        threadId = p.getThreadId();
        number = p.getNumber();
        return p;
    }

    public String save() {
        if (messages.attempt("post", () -> posting.edit(post, body), "forum.post.edited")) {
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
