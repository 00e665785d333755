package al.rrjeti.kernel.api.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one body every REST error answer carries, whoever writes it (a resource, an exception
 * mapper, the module gate), so a client needs one error type. Resources document their error
 * answers by the shared responses named here, declared once on the kernel's REST application.
 */
@Schema(name = "ApiError", description = "The body of every error answer of the REST API")
public record ApiError(
        @Schema(description = "The HTTP status code", example = "404") int status,
        @Schema(description = "The HTTP reason phrase", example = "Not Found") String error,
        @Schema(description = "What was wrong, for a developer (English); absent when there is nothing to add",
                example = "pageSize is 1 to 100", nullable = true) String message) {

    /** Shared response for a query or path parameter out of its range (components/responses). */
    public static final String BAD_REQUEST = "BadRequest";
    /** Shared response for an anonymous caller asking for members' data. */
    public static final String UNAUTHORIZED = "Unauthorized";
    /** Shared response for a logged-in caller without the right. */
    public static final String FORBIDDEN = "Forbidden";
    /** Shared response for an unknown id, or a module switched off. */
    public static final String NOT_FOUND = "NotFound";
    /** Shared response for a spent budget ({@code RateLimitedException}): 429 with {@code Retry-After}. */
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    /** Security scheme: the servlet session of a member who logged in on the site's login page. */
    public static final String SESSION = "session";
    /** Security scheme: the thirty-day "remember me" cookie of the login page. */
    public static final String REMEMBER_ME = "rememberMe";

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The body for a status, with the standard reason phrase. */
    public static ApiError of(int status, String message) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : Response.Status.Family.familyOf(status).name();
        return new ApiError(status, reason, message == null || message.isBlank() ? null : message);
    }

    /** The body as JSON, for writers outside JAX-RS (servlet filters). */
    public String toJson() {
        return JSON.toJson(this);
    }
}
