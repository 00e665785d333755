package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/search?q=}: the kernel search, grouped by module, seeing what the caller may see. */
@Path("search")
@RequestScoped
@Tag(name = "Search")
public class SearchResource {

    @Inject
    private SearchIndex index;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search everything the caller may see; snippets are HTML with matches in <mark>")
    public SearchResults search(@QueryParam("q") String q,
            @Parameter(description = "sq or en, for module names") @QueryParam("lang") String lang) {
        return index.search(q, Language.fromCode(lang).orElse(Language.DEFAULT).locale());
    }
}
