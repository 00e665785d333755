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
     * @param snippet      safe HTML: the text escaped, the matching words in {@code <mark>}
     * @param titleLang    the title's language ({@code sq}/{@code en}); null when unknown (one-language documents)
     * @param snippetLang  the snippet's language, likewise
     * @param titleForeign whether the title is in the other language than the reader's, for want of the reader's
     * @param snippetForeign likewise for the snippet
     */
    public record Hit(String title, String snippet, String link, String titleLang, String snippetLang,
            boolean titleForeign, boolean snippetForeign) {

        public Hit(String title, String snippet, String link) {
            this(title, snippet, link, null, null, false, false);
        }
    }

    public int total() {
        return groups.stream().mapToInt(g -> g.hits().size()).sum();
    }
}
