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
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/search?q=}: the kernel search, grouped by module, seeing what the caller may see. */
@Path("search")
@RequestScoped
@Tag(name = "Search", description = "Search across the kernel and every active module")
public class SearchResource {

    @Inject
    private SearchIndex index;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "kernelSearch",
            summary = "Search everything the caller may see; snippets are HTML with matches in <mark>")
    @APIResponse(responseCode = "200", description = "The hits, grouped by module; none for a blank query",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SearchResults")))
    // A member's session also finds what only members see.
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    @SecurityRequirementsSet
    public SearchResults search(@Parameter(description = "the words to look for") @QueryParam("q") String q,
            @Parameter(description = "sq or en, for module names", schema = @Schema(enumeration = {"sq", "en"})) @QueryParam("lang") String lang) {
        return index.search(q, Language.fromCode(lang).orElse(Language.DEFAULT).locale());
    }
}
