package al.rrjeti.chat.api;

import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.web.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/chat/meetings}: the caller's upcoming meetings, and each as an {@code .ics} file. Members only.
 * An unknown meeting is 404; refusals of access are the kernel's (401/403).
 */
@Path("chat/meetings")
@RequestScoped
@Tag(name = "Chat")
public class MeetingsResource {

    @Schema(name = "ChatMeeting", description = "A meeting planned in one of the caller's rooms")
    public record MeetingJson(long id, long room, String title,
            @Schema(description = "Markdown", nullable = true) String agenda,
            @Schema(description = "When it starts (ISO 8601, UTC)", example = "2026-12-01T17:00:00Z", format = "date-time") Instant startsAt,
            @Schema(description = "When it ends (ISO 8601, UTC)", format = "date-time") Instant endsAt,
            @Schema(description = "The time zone it was planned in", example = "Europe/Tirane") String zone,
            @Schema(nullable = true) String videoUrl,
            @Schema(description = "Where its iCalendar file is") String ics) {
    }

    @Inject
    private ChatMeetings meetings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatMeetings", summary = "Meetings not yet over in the caller's rooms, soonest first")
    @APIResponse(responseCode = "200", description = "The meetings, soonest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingJson.class)))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    public List<MeetingJson> upcoming() {
        return meetings.upcoming().stream().map(MeetingsResource::json).toList();
    }

    @GET
    @Path("{id}/ics")
    @Produces("text/calendar")
    @Operation(operationId = "chatMeetingIcs", summary = "One meeting as an iCalendar file")
    @APIResponse(responseCode = "200", description = "The meeting as an iCalendar (.ics) file",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    public Response ics(@Parameter(description = "the meeting's id", required = true) @PathParam("id") long id) {
        String ics = RoomsResource.known(() -> meetings.ics(id));
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"takim-" + id + ".ics\"").build();
    }

    private static MeetingJson json(Meeting m) {
        return new MeetingJson(m.getId(), m.getRoomId(), m.getTitle(), m.getAgenda(), m.getStartsAt(), m.getEndsAt(),
                m.getZone(), m.getVideoUrl(), "/api/chat/meetings/" + m.getId() + "/ics");
    }
}
