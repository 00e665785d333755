package al.rrjeti.testmodule;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.spi.FileAccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A note's attachment is public, like the note; other files are not the demo module's to judge. */
@ApplicationScoped
public class DemoFileAccess implements FileAccessRule {

    @Inject
    private DemoNotes notes;

    @Override
    public Optional<Boolean> mayRead(FileRef file, Caller caller) {
        return notes.owningFile(file.id()).map(n -> true);
    }
}
