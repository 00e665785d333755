package al.rrjeti.forum.api;

import al.rrjeti.forum.application.RequestDeadlines;
import al.rrjeti.forum.application.RequestDeadlines.OpenRequest;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.api.text.Csv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/forum/requests}: open information requests with addressee and deadline, as JSON or CSV. */
@Path("forum/requests")
@RequestScoped
@Tag(name = "Forum")
public class RequestsResource {

    public record RequestView(long id, String title, long addresseeId, String addressee, Instant askedAt,
            LocalDate deadline, boolean overdue, int workingDaysLeft, String link) {
    }

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open information requests of the public forum, earliest deadline first")
    public List<RequestView> json() {
        return deadlines.open().stream().filter(r -> r.addressee() != null).map(this::view).toList();
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same list as CSV (UTF-8), for Accept: text/csv")
    public Response csv() {
        StringBuilder out = new StringBuilder("\uFEFFid,title,addressee,asked_at,deadline,overdue,working_days_left,page\n");
        for (RequestView r : json()) {
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
