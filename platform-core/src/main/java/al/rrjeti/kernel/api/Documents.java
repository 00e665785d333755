package al.rrjeti.kernel.api;

import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.spi.DocumentArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The platform's document archive as other modules see it: a meeting's minutes or a published
 * joint position handed to the library, a campaign's materials linked from it. The archive is a
 * module ({@link DocumentArchive}); while none is active, {@link #available()} is false, deposits
 * are refused and searches find nothing.
 */
@ApplicationScoped
public class Documents {

    @Inject
    private ModuleRegistry registry;

    /** Whether an active module keeps documents: show "publish to the library" only then. */
    public boolean available() {
        return archive().isPresent();
    }

    /**
     * Hands a document to the archive as the current caller (see {@link DocumentArchive#deposit}).
     *
     * @return the path of the page where the document can be followed
     * @throws IllegalStateException  when no archive is active
     * @throws AccessDeniedException  when the caller may not submit for the organisation
     * @throws InvalidInputException  when the archive refuses the document's content
     */
    public String deposit(DocumentDeposit deposit) {
        return archive().orElseThrow(() -> new IllegalStateException("No module keeps documents"))
                .deposit(deposit);
    }

    /** Published documents the caller may read, matching the query; empty without an archive. */
    public List<DocumentRef> search(String query, int max) {
        if (query == null || query.isBlank() || max <= 0) {
            return List.of();
        }
        return archive().map(a -> a.search(query.strip(), Math.min(max, 50))).orElse(List.of());
    }

    /** One document by the id the archive gave it; empty when it is gone, hidden or the archive is off. */
    public Optional<DocumentRef> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return archive().flatMap(a -> a.find(id));
    }

    private Optional<DocumentArchive> archive() {
        return registry.active().stream().map(InstalledModule::descriptor)
                .flatMap(d -> d.documentArchive().stream()).findFirst();
    }
}
