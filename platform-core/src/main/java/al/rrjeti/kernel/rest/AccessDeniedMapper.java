package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service's refusal over REST: 401 for an anonymous caller (log in first), 403 for a logged-in one. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Inject
    private CurrentUser user;

    @Override
    public Response toResponse(AccessDeniedException e) {
        Response.Status status = user.isLoggedIn() ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED;
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(status.getStatusCode(), status == Response.Status.UNAUTHORIZED
                        ? "log in first: send the session cookie of a member" : "your account may not see this"))
                .build();
    }
}
