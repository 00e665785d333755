package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.application.PageViews;
import al.rrjeti.kernel.api.limits.ClientAddress;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/campaigns/{id}/views}: the campaign page's beacon. No cookie is needed or set,
 * nothing about the reader is kept (the client address only keys the hourly limit in memory).
 */
@Path("campaigns/{id: [0-9]+}/views")
@RequestScoped
@Tag(name = "Campaigns")
public class ViewsResource {

    @Inject
    private PageViews views;

    @Context
    private HttpServletRequest request;

    @POST
    @Operation(operationId = "campaignsCountView",
            summary = "Counts one view of a campaign's page (sent by the page itself; limited per client address)")
    public Response count(@Parameter(required = true) @PathParam("id") long id) {
        try {
            views.count(id, ClientAddress.of(request));
        } catch (RateLimitedException e) {
            // The beacon does not read the answer; a script hammering the address learns when to stop.
            return Response.status(429).header("Retry-After", Math.max(1, e.waitLeft().toSeconds()))
                    .header("Cache-Control", "no-store").build();
        }
        return Response.noContent().header("Cache-Control", "no-store").build();
    }
}
