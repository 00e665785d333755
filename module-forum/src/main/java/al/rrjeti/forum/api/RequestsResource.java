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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private Links links;

    /**
     * JSON unless CSV is asked for by name: {@code ?format=csv} (the page's download link) or an
     * {@code Accept} that prefers {@code text/csv} to JSON. Clients that send {@code *}{@code /*}, and
     * browsers, get JSON. With {@code format} the answer is a download.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "forumListInformationRequests",
            summary = "Open information requests of the public forum, earliest deadline first: JSON by default,"
            + " CSV (UTF-8) with Accept: text/csv or format=csv")
    // Payara 6.2025 writes this array's items untyped (with one content or two, times annotated or not);
    // OpenApiContract names it as the one known slip. The ForumInformationRequest schema is whole.
    @APIResponse(responseCode = "200", description = "The open requests", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RequestView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response list(@Parameter(description = "csv or json; answers as a file to download")
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = format == null ? prefersCsv(headers.getAcceptableMediaTypes()) : "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(400, "format must be csv or json")).build();
        }
        List<RequestView> requests = deadlines.open().stream().filter(r -> r.addressee() != null).map(this::view)
                .toList();
        Response.ResponseBuilder answer = csv ? Response.ok(csv(requests), "text/csv; charset=UTF-8")
                : Response.ok(requests, MediaType.APPLICATION_JSON_TYPE);
        if (csv || format != null) {
            answer.header("Content-Disposition", "attachment; filename=\"rrjeti-information-requests."
                    + (csv ? "csv" : "json") + "\"");
        }
        return answer.header("Vary", "Accept").build();
    }

    /** Accept is sorted by preference: CSV only if it comes before JSON and before any wildcard. */
    static boolean prefersCsv(List<MediaType> accepted) {
        for (MediaType t : accepted) {
            if (t.isWildcardType() || t.isWildcardSubtype() || t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if ("text".equals(t.getType()) && "csv".equals(t.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    private static String csv(List<RequestView> requests) {
        StringBuilder out = new StringBuilder("\uFEFFid,title,addressee,asked_at,deadline,overdue,working_days_left,page\n");
        for (RequestView r : requests) {
            out.append(r.id()).append(',').append(Csv.cell(r.title())).append(',').append(Csv.cell(r.addressee())).append(',')
                    .append(r.askedAt()).append(',').append(r.deadline()).append(',').append(r.overdue()).append(',')
                    .append(r.workingDaysLeft()).append(',').append(r.link()).append('\n');
        }
        return out.toString();
    }

    private RequestView view(OpenRequest r) {
        return new RequestView(r.thread().getId(), r.thread().getTitle(), r.addressee().getId(), r.addressee().getName(),
                r.thread().getCreatedAt(), r.thread().getDeadline(), r.overdue(), r.workingDaysLeft(),
                links.absolute("/forum/thread.xhtml?id=" + r.thread().getId()));
    }
}
