package al.rrjeti.kernel.spi;

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
}
