package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.api.limits.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Test deployments only: the client address the rate limits would use for this request. */
@Path("test-support/client-address")
@RequestScoped
public class ClientAddressResource {

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String clientAddress() {
        return ClientAddress.of(request);
    }
}
