package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.web.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every refusal of the REST API ({@code 400 pageSize is 1 to 100}, an unknown path, a wrong
 * method) answers JSON, never the server's HTML error page, which names the server and its
 * version.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response given = e.getResponse();
        if (given.hasEntity()) {
            return given;
        }
        return json(given.getStatus(), e.getMessage());
    }

    /** The one error body of the API ({@link ApiError}); "HTTP 404 Not Found"-style messages add nothing. */
    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(status, message != null && message.startsWith("HTTP ") ? null : message)).build();
    }
}
