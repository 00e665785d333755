package al.rrjeti.library.web;

import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.InformationPackage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code library/info/review.xhtml}: the Albanian drafts of the information package that wait for review. */
@Named("libraryInfoReviewBacking")
@RequestScoped
public class InfoReviewBacking {

    @Inject
    private InformationPackage pack;

    @Inject
    private Permissions permissions;

    private List<InformationPackage.ReviewText> texts;

    /** 403 for staff who are not editors. */
    public void requireEditor() {
        if (!isEditor()) {
            al.rrjeti.kernel.api.web.Pages.forbidden();
        }
    }

    public boolean isEditor() {
        return permissions.may(LibraryModule.EDIT);
    }

    public List<InformationPackage.ReviewText> getTexts() {
        if (texts == null) {
            texts = pack.awaitingReview();
        }
        return texts;
    }
}
