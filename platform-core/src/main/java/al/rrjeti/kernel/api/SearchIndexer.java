package al.rrjeti.kernel.api;

import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.spi.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps a module's documents in the kernel search current between rebuilds. Changes reach the
 * index when the caller's transaction commits, never before (a rolled-back edit is not found).
 */
@ApplicationScoped
public class SearchIndexer {

    @Inject
    private SearchIndex index;

    /** Adds or replaces the module's document with the same key. */
    public void update(String moduleId, SearchDocument document) {
        index.update(moduleId, document);
    }

    /** Removes the module's document with this key (hidden, withdrawn, deleted). */
    public void remove(String moduleId, String key) {
        index.remove(moduleId, key);
    }
}
