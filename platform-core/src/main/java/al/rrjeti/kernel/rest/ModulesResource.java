package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.module.ModuleRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/modules}: which modules the platform has and whether they are on. */
@Path("modules")
@RequestScoped
@Tag(name = "Platform")
public class ModulesResource {

    @Inject
    private ModuleRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The platform's modules with their version and state")
    public List<ModuleView> list() {
        return registry.all().stream().map(ModuleView::of).toList();
    }
}
