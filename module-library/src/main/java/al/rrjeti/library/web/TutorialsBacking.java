package al.rrjeti.library.web;

import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.Tutorials;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code library/tutorials.xhtml}: the two tutorial videos, and the editors' choice of them. */
@Named("libraryTutorialsBacking")
@RequestScoped
public class TutorialsBacking {

    /** A slot as shown: its video (may be null) and the file to play. */
    public record Slot(String code, Publication video, PublicationFile file, FileRef stored) {
    }

    @Inject
    private Tutorials tutorials;


    @Inject
    private StoredFiles files;

    @Inject
    private Permissions permissions;

    @Inject
    private Messages messages;

    private final Map<String, Long> choices = new HashMap<>();

    public List<Slot> getSlots() {
        return Tutorials.SLOTS.stream().map(code -> {
            PublicationFile file = tutorials.videoFile(code).orElse(null);
            return new Slot(code, tutorials.video(code).orElse(null), file,
                    file == null ? null : files.find(file.getFileId()).orElse(null));
        }).toList();
    }

    public boolean isEditor() {
        return permissions.may(LibraryModule.EDIT);
    }

    public List<Publication> getCandidates() {
        return tutorials.candidates();
    }

    public Map<String, Long> getChoices() {
        if (choices.isEmpty()) {
            Tutorials.SLOTS.forEach(s -> choices.put(s, tutorials.video(s).map(Publication::getId).orElse(null)));
        }
        return choices;
    }

    public void save() {
        messages.attempt("tutorials", () -> choices.forEach(tutorials::assign), "library.tutorials.saved");
    }
}
