package al.rrjeti.kernel.testing;

import org.eclipse.microprofile.openapi.annotations.Operation;
import al.rrjeti.kernel.module.ModuleAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Test deployments only: switches a module as the operator would, for tests driven over HTTP. */
@Path("test-support/modules/{id}")
@RequestScoped
public class TestModulesResource {

    @Inject
    private ModuleAdministration administration;

    @POST
    @Operation(hidden = true) // test support: not part of the platform's API
    public String set(@PathParam("id") String id, @QueryParam("enabled") boolean enabled) {
        ActingUser.actAs("operator@rrjeti.local");
        try {
            return String.valueOf(enabled ? administration.enable(id) : administration.disable(id));
        } finally {
            ActingUser.actAs(null);
        }
    }
}
