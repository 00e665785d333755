package al.rrjeti.library.web;

import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.domain.Publication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code library/review.xhtml}: the editors' queue and their three decisions. */
@Named("libraryReviewBacking")
@ViewScoped
public class ReviewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient LibraryWorkflow workflow;

    @Inject
    private transient Messages messages;

    @Inject
    private transient Permissions permissions;

    private final HashMap<Long, String> comments = new HashMap<>();

    /** 403 for staff who are not editors (the page is open to staff, the work to editors). */
    public void requireEditor() {
        if (!permissions.may(LibraryModule.EDIT)) {
            al.rrjeti.kernel.api.web.Pages.forbidden();
        }
    }

    public List<Publication> getQueue() {
        return workflow.queue();
    }

    public void approve(Long id, int row) {
        decide(id, row, () -> workflow.approve(id), "library.review.approved");
    }

    public void requestChanges(Long id, int row) {
        decide(id, row, () -> workflow.requestChanges(id, comments.get(id)), "library.review.changes-requested");
    }

    public void reject(Long id, int row) {
        decide(id, row, () -> workflow.reject(id, comments.get(id)), "library.review.rejected");
    }

    /** A refusal shows beside that publication's own comment box ({@code review:items:<row>:comment}). */
    private void decide(Long id, int row, Runnable action, String doneKey) {
        if (messages.attempt("review:items:" + row, action, doneKey)) {
            comments.remove(id);
        }
    }

    /** Each publication's comment for its submitter, by publication id. */
    public Map<Long, String> getComments() {
        return comments;
    }
}
