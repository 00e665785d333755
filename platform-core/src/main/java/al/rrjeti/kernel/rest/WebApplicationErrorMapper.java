package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.web.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS raises (a resource's {@code NotFoundException} or {@code BadRequestException},
 * an unknown path, a method not allowed) answered with the API's one error body, instead of the
 * site's HTML error page the servlet container would show. Answers that already carry a body,
 * and redirects, pass as they are.
 */
@Provider
public class WebApplicationErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() < 400 || original.hasEntity()) {
            return original;
        }
        // A bare exception's message is JAX-RS's own ("HTTP 404 Not Found"): it says nothing the status does not.
        String message = e.getMessage() != null && e.getMessage().startsWith("HTTP " + original.getStatus())
                ? null : e.getMessage();
        return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(original.getStatus(), message)).build();
    }
}
