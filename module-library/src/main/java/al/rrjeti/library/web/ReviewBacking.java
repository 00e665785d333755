package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.domain.Publication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code library/review.xhtml}: the editors' queue and their three decisions. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient LibraryWorkflow workflow;

    @Inject
    private transient Messages messages;

    @Inject
    private transient Permissions permissions;

    @Inject
    private transient CurrentLanguage language;

    private String comment;

    /** 403 for staff who are not editors (the page is open to staff, the work to editors). */
    public void requireEditor() {
        if (!permissions.may(LibraryModule.EDIT)) {
            al.rrjeti.kernel.api.web.Pages.forbidden();
        }
    }

    public List<Publication> getQueue() {
        return workflow.queue();
    }

    public String title(Publication p) {
        return p.title(language.getLocale());
    }

    public void approve(Long id) {
        decide(() -> workflow.approve(id), "library.review.approved");
    }

    public void requestChanges(Long id) {
        decide(() -> workflow.requestChanges(id, comment), "library.review.changes-requested");
    }

    public void reject(Long id) {
        decide(() -> workflow.reject(id, comment), "library.review.rejected");
    }

    private void decide(Runnable action, String doneKey) {
        if (messages.attempt("review", action, doneKey)) {
            comment = null;
        }
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
