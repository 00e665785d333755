package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.limits.RateLimitedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A spent budget over REST (a module's resource lets the kernel's {@link RateLimitedException}
 * through): 429 with {@code Retry-After} in whole seconds, so a client knows when to come back,
 * and the API's error body saying the same, with the refusal's words for the person ({@code text},
 * in the caller's language, the wait in their words). Never cached: the next answer may differ.
 */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

    @Inject
    private Refusals refusals;

    @Override
    public Response toResponse(RateLimitedException e) {
        long seconds = e.retryAfterSeconds();
        return Response.fromResponse(refusals.answer(429, "too many requests: try again in " + seconds + " s", null, e))
                .header("Retry-After", seconds).build();
    }
}
