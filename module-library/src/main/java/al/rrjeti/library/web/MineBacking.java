package al.rrjeti.library.web;

import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.domain.Publication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code library/mine.xhtml}, and the home page's widget of the newest publications. */
@Named("libraryMineBacking")
@RequestScoped
public class MineBacking {

    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private LibraryCatalogue catalogue;

    public List<Publication> getMine() {
        return workflow.mine();
    }

    public List<Publication> getLatest() {
        return catalogue.latest(5);
    }
}
