package al.rrjeti.kernel.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code search.xhtml}: the header's search box leads here. */
@Named
@RequestScoped
public class SearchBacking {

    @Inject
    private SearchIndex index;

    @Inject
    private CurrentLanguage language;

    private String q;
    private SearchResults results;

    public SearchResults getResults() {
        if (results == null) {
            results = index.search(q, language.getLocale());
        }
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
