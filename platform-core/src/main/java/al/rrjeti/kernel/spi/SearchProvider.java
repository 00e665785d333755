package al.rrjeti.kernel.spi;

import java.util.Set;
import java.util.stream.Stream;

/**
 * A module's part of the kernel search, as a CDI bean. The kernel asks for every document when it
 * rebuilds the index; between rebuilds the module keeps the index current through
 * {@code al.rrjeti.kernel.search.SearchIndex}. A disabled module's documents vanish from results.
 */
public interface SearchProvider {

    /** The id of the module whose documents these are. */
    String moduleId();

    /** Everything the module makes findable now. */
    Stream<SearchDocument> documents();

    /**
     * The groups of this module's documents the person may find ({@link SearchDocument#group}),
     * e.g. the chat rooms they are in; asked once per search of a logged-in reader, so one cheap
     * query. Documents without a group need nothing here.
     */
    default Set<String> groupsOf(Long personId) {
        return Set.of();
    }
}
