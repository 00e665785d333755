package al.rrjeti.testmodule;

import al.rrjeti.kernel.spi.SearchDocument;
import al.rrjeti.kernel.spi.SearchProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Stream;

/** The demo module's part of the kernel search: every note, found by its text. */
@ApplicationScoped
public class DemoSearch implements SearchProvider {

    @Inject
    private DemoNotes notes;

    @Override
    public String moduleId() {
        return DemoModule.ID;
    }

    @Override
    public Stream<SearchDocument> documents() {
        return notes.all().stream().map(DemoNotes::document);
    }

    @Override
    public Set<String> groupsOf(Long personId) {
        return Set.of(DemoNotes.group(personId));
    }
}
