package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.limits.RateLimitedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A spent budget over REST (a module's resource lets the kernel's {@link RateLimitedException}
 * through): 429 with {@code Retry-After} in whole seconds, so a client knows when to come back,
 * and the API's error body saying the same. Never cached: the next answer may differ.
 */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

    @Override
    public Response toResponse(RateLimitedException e) {
        long seconds = e.retryAfterSeconds();
        return Response.fromResponse(ApiErrors.json(429, "too many requests: try again in " + seconds + " s"))
                .header("Retry-After", seconds).header("Cache-Control", "no-store").build();
    }
}
