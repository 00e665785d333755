package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.api.web.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test deployments only: a resource that lets a service's refusals through to the kernel's mappers, as a
 * module's resource does: invalid input (a kernel text with an argument), a module's rule (the demo
 * module's text) and a spent budget (a wait in the reader's words).
 */
@Path("demo/refusals")
@RequestScoped
@Tag(name = "Demo refusals", description = "Test only: refusals of a service, answered by the kernel")
public class RefusingResource {

    @POST
    @Path("input")
    @Operation(operationId = "demoRefuseInput", summary = "Refuses its input: no module has this name")
    @APIResponse(responseCode = "204", description = "Never: the name is always refused")
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public void input(@Parameter(description = "a module's name") @QueryParam("name") String name) {
        throw new InvalidInputException("name", "error.module.unknown", name);
    }

    @POST
    @Path("rule")
    @Operation(operationId = "demoRefuseRule", summary = "Refuses by a rule of the demo module, in its own words")
    @APIResponse(responseCode = "204", description = "Never: always refused")
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public void rule(@Parameter(description = "a note's title") @QueryParam("title") String title) {
        throw new BusinessException("demo.noted.title", title);
    }

    @POST
    @Path("pace")
    @Operation(operationId = "demoRefusePace", summary = "Refuses as a spent budget: three minutes to wait")
    @APIResponse(responseCode = "204", description = "Never: always refused")
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiError.TOO_MANY_REQUESTS)
    public void pace() {
        throw new RateLimitedException("error.rate-limited", Duration.ofMinutes(3));
    }
}
