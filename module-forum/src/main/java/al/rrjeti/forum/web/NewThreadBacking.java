package al.rrjeti.forum.web;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.Mentions;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** {@code forum/new.xhtml}: opening a thread in a category. */
@Named("forumNewThreadBacking")
@ViewScoped
public class NewThreadBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient CategoryService categories;

    @Inject
    private transient ForumPosting posting;

    @Inject
    private transient ForumAccess access;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient PlatformClock clock;

    @Inject
    private transient Messages messages;

    @Inject
    private transient Mentions mentions;

    private Long category;
    private ThreadKind kind;
    private String title;
    private String body;
    private String pseudonym;
    private Long addressee;
    private transient Part attachment;

    /** 404 for an unknown category, 403 when the caller may not write there. */
    public void load() {
        Category c;
        try {
            c = categories.get(category);
        } catch (BusinessException e) {
            Pages.notFound();
            return;
        }
        if (!access.mayPost(c.getSpace())) {
            Pages.forbidden();
            return;
        }
        if (kind == null) {
            kind = getKinds().get(0);
        }
    }

    /**
     * The category, or none when this bean has no category: a late ajax request (the mention
     * autocomplete's, sent after its delay) can arrive after the form's post has opened the thread
     * and left the page, whose view beans the navigation ended; it gets a fresh bean. That request
     * must get an ordinary answer, not an error the browser would show instead of the new thread.
     */
    private java.util.Optional<Category> categoryEntity() {
        if (category == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(categories.get(category));
        } catch (BusinessException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** Whether the category is in the public space (an information request can be addressed). */
    public boolean isPublicSpace() {
        return categoryEntity().map(c -> c.getSpace() == al.rrjeti.forum.domain.Space.PUBLIC).orElse(false);
    }

    public List<ThreadKind> getKinds() {
        return categoryEntity().map(categories::kindsFor).orElse(List.of());
    }

    public List<OrganisationRef> getAddressees() {
        return posting.addressees();
    }

    public boolean isMayUsePseudonym() {
        return categoryEntity().map(c -> access.mayUsePseudonym(c.getSpace())).orElse(false);
    }

    public String getDeadlineIfAskedNow() {
        return al.rrjeti.kernel.api.i18n.DateTimes.day(posting.deadlineFor(clock.now()));
    }

    public String categoryName() {
        return categoryEntity().map(c -> c.name(language.getLocale())).orElse("");
    }

    public String start() {
        List<Upload> files = new ArrayList<>();
        Upload u = Pages.upload(attachment);
        if (u != null) {
            files.add(u);
        }
        try {
            ForumThread t = posting.start(new ForumPosting.NewThread(category, kind, title, body, pseudonym,
                    kind == ThreadKind.INFORMATION_REQUEST ? addressee : null, files));
            if (t.isVisible()) {
                messages.info("forum.thread.started");
            } else {
                ForumPosting.Notice held = posting.heldNotice();
                messages.info(held.key(), held.arguments().toArray());
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/forum/thread.xhtml?faces-redirect=true&id=" + t.getId();
        } catch (BusinessException e) {
            messages.refused("thread", e);
            return null;
        }
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public ThreadKind getKind() {
        return kind;
    }

    public void setKind(ThreadKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The composer's suggestions while a mention is typed (a new thread has no people yet: organisations). */
    public List<String> completeMention(String typed) {
        return mentions.suggest(typed, null, language.getLocale());
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

    public Long getAddressee() {
        return addressee;
    }

    public void setAddressee(Long addressee) {
        this.addressee = addressee;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }
}
