package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.api.limits.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Test deployments only: the client address the rate limits would use for this request, and a
 * resource limited to two calls an hour per address that lets the refusal through to the kernel.
 */
@Path("test-support/client-address")
@RequestScoped
public class ClientAddressResource {

    @Context
    private HttpServletRequest request;

    @jakarta.inject.Inject
    private al.rrjeti.kernel.api.limits.RateLimits limits;

    @jakarta.ws.rs.POST
    @Path("limited")
    public void limited(@jakarta.ws.rs.QueryParam("key") String key) {
        limits.take(key + ":" + ClientAddress.of(request), "error.rate-limited",
                al.rrjeti.kernel.api.limits.RateLimit.of("test-limited", 2, java.time.Duration.ofHours(1)));
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String clientAddress() {
        return ClientAddress.of(request);
    }
}
