package al.rrjeti.kernel.search;

import java.util.List;

/** What a search found, grouped by module. */
public record SearchResults(String query, List<Group> groups) {

    /** The hits of one module. */
    public record Group(String moduleId, String moduleName, List<Hit> hits) {
    }

    /**
     * One result.
     *
     * @param snippet safe HTML: the text escaped, the matching words in {@code <mark>}
     */
    public record Hit(String title, String snippet, String link) {
    }

    public int total() {
        return groups.stream().mapToInt(g -> g.hits().size()).sum();
    }
}
