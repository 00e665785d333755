package al.rrjeti.chat.api;

import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/meetings}: the caller's upcoming meetings, and each as an {@code .ics} file. Members only. */
@Path("chat/meetings")
@RequestScoped
@Tag(name = "Chat")
public class MeetingsResource {

    public record MeetingJson(long id, long room, String title, String agenda, Instant startsAt, Instant endsAt,
            String zone, String videoUrl, String ics) {
    }

    @Inject
    private ChatMeetings meetings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatMeetings", summary = "Meetings not yet over in the caller's rooms, soonest first")
    public List<MeetingJson> upcoming() {
        return meetings.upcoming().stream().map(MeetingsResource::json).toList();
    }

    @GET
    @Path("{id}/ics")
    @Produces("text/calendar")
    @Operation(operationId = "chatMeetingIcs", summary = "One meeting as an iCalendar file")
    public Response ics(@PathParam("id") long id) {
        try {
            return Response.ok(meetings.ics(id), "text/calendar; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"takim-" + id + ".ics\"").build();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
    }

    private static MeetingJson json(Meeting m) {
        return new MeetingJson(m.getId(), m.getRoomId(), m.getTitle(), m.getAgenda(), m.getStartsAt(), m.getEndsAt(),
                m.getZone(), m.getVideoUrl(), "/api/chat/meetings/" + m.getId() + "/ics");
    }
}
