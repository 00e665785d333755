package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.OwnPageOnly;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Refuses a call of an {@link OwnPageOnly} method that lacks the platform's header: 403, before the resource runs. */
@Provider
@OwnPageOnly
@Priority(Priorities.AUTHENTICATION - 10)
public class OwnPageGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String mark = request.getHeaderString(OwnPageOnly.HEADER);
        if (mark == null || mark.isBlank()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(403, "send the " + OwnPageOnly.HEADER
                            + " header, as the platform's pages do (a change made with the login's cookies)"))
                    .build());
        }
    }
}
