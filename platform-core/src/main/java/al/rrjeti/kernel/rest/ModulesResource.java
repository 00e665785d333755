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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/modules}: which modules the platform has and whether they are on. */
@Path("modules")
@RequestScoped
@Tag(name = "Modules", description = "The plug-in modules of the platform and whether each is on")
public class ModulesResource {

    @Inject
    private ModuleRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "kernelListModules", summary = "The platform's modules with their version and state")
    @APIResponse(responseCode = "200", description = "Every installed module, switched on or off",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleView.class)))
    public List<ModuleView> list() {
        return registry.all().stream().map(ModuleView::of).toList();
    }
}
