package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.application.PageViews;
import al.rrjeti.kernel.api.limits.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/campaigns/{id}/views}: the campaign page's beacon. No cookie is needed or set,
 * nothing about the reader is kept (the client address only keys the hourly limit in memory).
 */
@Path("campaigns/{id}/views")
@RequestScoped
@Tag(name = CampaignsResource.TAG, description = CampaignsResource.TAG_DESCRIPTION)
public class ViewsResource {

    @Inject
    private PageViews views;

    @Context
    private HttpServletRequest request;

    @POST
    @Operation(operationId = "campaignsCountView",
            summary = "Counts one view of a campaign's page (a beacon the page sends itself, without cookies; at most"
                    + " 30 an hour per client address). Views of an id that is no campaign are dropped")
    @APIResponse(responseCode = "204", description = "Counted (or dropped)")
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiError.TOO_MANY_REQUESTS)
    public Response count(@Parameter(description = "the campaign's id", required = true) @PathParam("id") long id) {
        // Over the limit the kernel answers 429 with Retry-After: a script hammering the address learns when to stop.
        views.count(id, ClientAddress.of(request));
        return Response.noContent().header("Cache-Control", "no-store").build();
    }
}
