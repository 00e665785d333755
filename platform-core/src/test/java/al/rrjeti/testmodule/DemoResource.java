package al.rrjeti.testmodule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /api/demo/notes}: how many notes the demo module holds. */
@Path("demo/notes")
@RequestScoped
public class DemoResource {

    @Inject
    private DemoNotes notes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> count() {
        return Map.of("notes", notes.count());
    }
}
