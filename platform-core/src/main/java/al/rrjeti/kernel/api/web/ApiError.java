package al.rrjeti.kernel.api.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one body every REST error answer carries, whoever writes it (a resource, an exception
 * mapper, the module gate), so a client needs one error type. Resources document their error
 * answers by the shared responses named here, declared once on the kernel's REST application.
 *
 * <p>A refusal by a business rule (a service's {@code BusinessException}, {@code InvalidInputException}
 * or {@code RateLimitedException}, which a resource lets through to the kernel's mappers) also says
 * what to show a person: {@code text}, in the caller's language, and for invalid input the
 * {@code field} it is about. Both are absent from every other error, so older clients read the
 * same three fields as before.
 */
@Schema(name = "ApiError", description = "The body of every error answer of the REST API")
public record ApiError(
        @Schema(description = "The HTTP status code", example = "404") int status,
        @Schema(description = "The HTTP reason phrase", example = "Not Found") String error,
        @Schema(description = "What was wrong, for a developer (English; for a business rule's refusal, its message"
                + " key); absent when there is nothing to add", example = "pageSize is 1 to 100", nullable = true)
        String message,
        @Schema(description = "The input that was wrong (invalid input only: the first of its problems); absent"
                + " otherwise", example = "text", nullable = true) String field,
        @Schema(description = "Why, in words to show the person, in the caller's language (a business rule's"
                + " refusal only: ?lang= or the site's language cookie, else Accept-Language, else the account's"
                + " language, else Albanian); absent otherwise", example = "Shkruani mesazhin.", nullable = true)
        String text) {

    /** An error with nothing to show a person (a parameter out of range, an unknown path, a refused access). */
    public ApiError(int status, String error, String message) {
        this(status, error, message, null, null);
    }

    /**
     * Shared response for a parameter out of its range, or input a business rule refuses
     * (components/responses); the latter carries {@code text}, and {@code field} for invalid input.
     */
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

    /**
     * A business rule's refusal: the status's body, with the words for the person ({@code text}, already in
     * their language) and the input it is about ({@code field}, or null).
     */
    public static ApiError refusal(int status, String message, String field, String text) {
        ApiError plain = of(status, message);
        return new ApiError(plain.status(), plain.error(), plain.message(), field, text);
    }

    /** The body as JSON, for writers outside JAX-RS (servlet filters). */
    public String toJson() {
        return JSON.toJson(this);
    }
}
