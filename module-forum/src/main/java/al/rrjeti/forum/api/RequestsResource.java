package al.rrjeti.forum.api;

import al.rrjeti.forum.application.RequestDeadlines;
import al.rrjeti.forum.application.RequestDeadlines.OpenRequest;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.api.text.Csv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/forum/requests}: open information requests with addressee and deadline, as JSON or CSV. */
@Path("forum/requests")
@RequestScoped
@Tag(name = "Forum information requests", description = "Open requests for information, with their addressee and legal deadline")
public class RequestsResource {

    @Schema(name = "ForumInformationRequest", description = "An open information request")
    public record RequestView(long id, String title, long addresseeId, String addressee, Instant askedAt,
            LocalDate deadline, boolean overdue, int workingDaysLeft, String link) {
    }

    private static final String CSV = "text/csv";

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private Links links;

    /**
     * One Java method for both formats: OpenAPI knows one GET per path, and Payara keeps only the
     * last of two methods on the same path, so the JSON and CSV answers are one operation.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "forumListInformationRequests",
            summary = "Open information requests of the public forum, earliest deadline first (JSON, or CSV for Accept: text/csv)")
    @APIResponse(responseCode = "200", description = "The open requests", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RequestView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response list(@Context Request request) {
        List<RequestView> open = deadlines.open().stream().filter(r -> r.addressee() != null).map(this::view).toList();
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf(CSV)).build());
        if (chosen == null || !CSV.equals(chosen.getMediaType().toString())) {
            return Response.ok(open, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringBuilder out = new StringBuilder("\uFEFFid,title,addressee,asked_at,deadline,overdue,working_days_left,page\n");
        for (RequestView r : open) {
            out.append(r.id()).append(',').append(Csv.cell(r.title())).append(',').append(Csv.cell(r.addressee())).append(',')
                    .append(r.askedAt()).append(',').append(r.deadline()).append(',').append(r.overdue()).append(',')
                    .append(r.workingDaysLeft()).append(',').append(r.link()).append('\n');
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rrjeti-information-requests.csv\"").build();
    }

    private RequestView view(OpenRequest r) {
        return new RequestView(r.thread().getId(), r.thread().getTitle(), r.addressee().getId(), r.addressee().getName(),
                r.thread().getCreatedAt(), r.thread().getDeadline(), r.overdue(), r.workingDaysLeft(),
                links.absolute("/forum/thread.xhtml?id=" + r.thread().getId()));
    }
}
