package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.web.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON answer every refusal of the REST API gives ({@code 400 pageSize is 1 to 100}), never the
 * server's HTML error page, which names the server and its version. The mappers write it:
 * {@link WebApplicationErrorMapper}, {@link AccessDeniedMapper}, {@link BusinessRefusalMapper},
 * {@link InvalidInputMapper}, {@link RateLimitedMapper}, {@link UnexpectedApiErrors}.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    /** The one error body of the API ({@link ApiError}); "HTTP 404 Not Found"-style messages add nothing. */
    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(status, message != null && message.startsWith("HTTP ") ? null : message)).build();
    }
}
