package al.rrjeti.testmodule;

import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.OwnPageOnly;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/demo/notes}: how many notes the demo module holds. */
@Path("demo/notes")
@RequestScoped
@Tag(name = "Demo notes", description = "The test-only demo module's notes")
public class DemoResource {

    /** The answer; a schema of its own in /openapi, which goes with the module when it is switched off. */
    @Schema(name = "DemoNotesCount")
    public record DemoNotesCount(int notes) {
    }

    @Inject
    private DemoNotes notes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "demoCountNotes", summary = "How many notes the demo module holds")
    @APIResponse(responseCode = "200", description = "The count, as {\"notes\": n}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DemoNotesCount")))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public DemoNotesCount count() {
        return new DemoNotesCount(notes.count());
    }

    /** How many times {@link #seen} ran, for the test that the guard stops a call before it. */
    private static final java.util.concurrent.atomic.AtomicInteger SEEN = new java.util.concurrent.atomic.AtomicInteger();

    @POST
    @Path("seen")
    @OwnPageOnly
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "demoMarkSeen", summary = "Marks the notes seen: a change the platform's own pages make")
    @APIResponse(responseCode = "200", description = "Marked; how many times the notes were marked seen, as {\"notes\": n}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DemoNotesCount")))
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public DemoNotesCount seen(@HeaderParam(OwnPageOnly.HEADER) @Parameter(required = true,
            description = "Any value: the platform's pages send it, no other site can") String fromOwnPage) {
        return new DemoNotesCount(SEEN.incrementAndGet());
    }
}
