package al.rrjeti.chat.api;

import al.rrjeti.chat.application.ChatMessages;
import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.application.ChatRooms.RoomSummary;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.OwnPageOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/chat/rooms}: the caller's rooms with unread counts, and a room's messages by id, back
 * ({@code before}) or forward ({@code after}, what a page asks on reconnect). Members of verified
 * organisations only: 401 anonymous, 403 anyone else.
 *
 * <p>And what the chat page changes: a message written ({@code POST …/messages}) or rewritten
 * ({@code PUT …/messages/{message}}), the room read up to a message ({@code POST …/read}). These use
 * the login's session cookie, so each is {@link OwnPageOnly}: a request without the kernel's
 * {@value OwnPageOnly#HEADER} header was not made by the platform's own page (a form of another site
 * cannot send a header, a script of another site may not) and the kernel refuses it (403) before
 * anything is done.
 *
 * <p>Refusals are the kernel's: an unknown room or message is 404 here; the service's other refusals
 * pass to the kernel's mappers, which answer the API's one error body ({@link ApiError}): 400 with the
 * field and the words for the writer in their language for bad input, 429 with {@code Retry-After}
 * for the flood limit, 401/403 for access.
 */
@Path("chat/rooms")
@RequestScoped
@Tag(name = "Chat", description = "The network's chat: rooms, their messages, and meetings; for members of verified"
        + " organisations")
public class RoomsResource {

    /** The service's refusals that mean "no such thing here": 404, as for an id that never existed. */
    static final Set<String> UNKNOWN = Set.of("chat.room.unknown", "chat.message.unknown", "chat.meeting.unknown");

    @Schema(name = "ChatRoom", description = "A room as the caller's list shows it")
    public record RoomJson(long id,
            @Schema(description = "network, group or direct", example = "group") String kind,
            String name,
            @Schema(description = "In a direct conversation: the other people's names", type = SchemaType.ARRAY,
                    implementation = String.class) List<String> others,
            boolean inviteOnly,
            @Schema(description = "Whether the caller is in the room (an open working group may not be yet)")
            boolean member,
            @Schema(description = "Messages of others the caller has not read") long unread) {
    }

    @Schema(name = "ChatMessage", description = "A message as its reader sees it")
    public record MessageJson(long id, long room, long authorId, String author,
            @Schema(description = "The text as sanitised HTML") String html,
            @Schema(description = "The text as written (the writer's own messages only)", nullable = true) String markdown,
            @Schema(description = "When it was written (ISO 8601, UTC)", example = "2026-12-01T17:00:00Z", format = "date-time")
            Instant createdAt,
            @Schema(description = "When it was last edited, if it was", nullable = true, format = "date-time") Instant editedAt,
            boolean deleted, boolean mine, boolean mayDelete,
            @Schema(ref = "ChatFile", nullable = true) FileJson file) {
    }

    /** A file sent with the message; {@code url} is the kernel's, for the room's readers only. */
    @Schema(name = "ChatFile", description = "A file sent with a message; its address is for the room's readers only")
    public record FileJson(long id, String name, String contentType, long size, String url) {
    }

    /** A message to write, or the new text of one's own message. */
    @Schema(name = "ChatMessageText", description = "A message's text (Markdown; @[Name](user:id) mentions)")
    public record TextJson(@Schema(required = true, maxLength = 4000) String text) {
    }

    /** The room is read up to this message (never past its latest). */
    @Schema(name = "ChatReadMark", description = "The last message the reader has seen")
    public record ReadJson(@Schema(required = true) long upTo) {
    }

    @Inject
    private ChatRooms rooms;

    @Inject
    private ChatMessages messages;

    @Inject
    private CurrentLanguage language;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatRooms", summary = "The caller's rooms with their unread counts, then open working groups to join")
    @APIResponse(responseCode = "200", description = "The rooms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RoomJson.class)))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    public List<RoomJson> list() {
        return rooms.mine(language.getLocale()).stream().map(RoomsResource::json).toList();
    }

    @GET
    @Path("{id}/messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatRoomMessages", summary = "A room's messages, oldest first: the latest page, the page"
            + " before a message id (before=), or what came after one (after=, at most 200)")
    @APIResponse(responseCode = "200", description = "The messages, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MessageJson.class)))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    public List<MessageJson> messages(@Parameter(description = "the room's id", required = true) @PathParam("id") long id,
            @Parameter(description = "the page of messages before this message id") @QueryParam("before") Long before,
            @Parameter(description = "the messages after this message id (not with before)") @QueryParam("after")
            Long after) {
        if (before != null && after != null) {
            throw new BadRequestException("before or after, not both");
        }
        return known(() -> (after != null ? messages.after(id, after, language.getLocale())
                : messages.history(id, before, language.getLocale())).stream().map(RoomsResource::json).toList());
    }

    @GET
    @Path("{id}/messages/{message}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatRoomMessage", summary = "One message as it stands now (after an edit or deletion)")
    @APIResponse(responseCode = "200", description = "The message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChatMessage")))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    public MessageJson message(@Parameter(description = "the room's id", required = true) @PathParam("id") long id,
            @Parameter(description = "the message's id", required = true) @PathParam("message") long message) {
        return inRoom(id, known(() -> json(messages.one(message, language.getLocale()))));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatPostMessage", summary = "Writes a message in a room the caller is in (the chat"
            + " page's composer; needs the X-Rrjeti-Request header). The room's members get it pushed.")
    @APIResponse(responseCode = "201", description = "Saved; the message as the writer sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChatMessage")))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiError.TOO_MANY_REQUESTS)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    @OwnPageOnly
    public Response post(@Parameter(description = "the room's id", required = true) @PathParam("id") long id,
            @RequestBody(required = true) TextJson body,
            @HeaderParam(OwnPageOnly.HEADER) @Parameter(required = true,
                    description = "Any value: the chat page sends it, no other site can") String fromOwnPage) {
        MessageJson saved = known(() -> json(messages.post(id, body == null ? null : body.text(), language.getLocale())));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @PUT
    @Path("{id}/messages/{message}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatEditMessage", summary = "Rewrites the caller's own message (needs the X-Rrjeti-Request"
            + " header); it shows as edited")
    @APIResponse(responseCode = "200", description = "Saved; the message as the writer sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChatMessage")))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    @OwnPageOnly
    public MessageJson edit(@Parameter(description = "the room's id", required = true) @PathParam("id") long id,
            @Parameter(description = "the message's id", required = true) @PathParam("message") long message,
            @RequestBody(required = true) TextJson body,
            @HeaderParam(OwnPageOnly.HEADER) @Parameter(required = true,
                    description = "Any value: the chat page sends it, no other site can") String fromOwnPage) {
        inRoom(id, known(() -> json(messages.one(message, language.getLocale()))));
        return known(() -> json(messages.edit(message, body == null ? null : body.text(), language.getLocale())));
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatMarkRead", summary = "The caller has read the room up to a message (the chat"
            + " page, at most every few seconds; needs the X-Rrjeti-Request header)")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    @OwnPageOnly
    public Response read(@Parameter(description = "the room's id", required = true) @PathParam("id") long id,
            @RequestBody(required = true) ReadJson body,
            @HeaderParam(OwnPageOnly.HEADER) @Parameter(required = true,
                    description = "Any value: the chat page sends it, no other site can") String fromOwnPage) {
        if (body == null) {
            throw new BadRequestException("upTo is required");
        }
        known(() -> {
            messages.markRead(id, body.upTo());
            return null;
        });
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    /**
     * An unknown room or message is 404; every other refusal goes on to the kernel's mappers (401/403;
     * 400 with the field and the words in the caller's language; 429 with Retry-After).
     */
    static <T> T known(Supplier<T> doing) {
        try {
            return doing.get();
        } catch (BusinessException e) {
            if (UNKNOWN.contains(e.messageKey())) {
                throw new NotFoundException();
            }
            throw e;
        }
    }

    /** The message, if it is in the room of the path; else 404, as for an unknown message. */
    private static MessageJson inRoom(long room, MessageJson m) {
        if (m.room() != room) {
            throw new NotFoundException();
        }
        return m;
    }

    private static RoomJson json(RoomSummary r) {
        return new RoomJson(r.id(), r.kind().name().toLowerCase(java.util.Locale.ROOT), r.name(), r.others(),
                r.inviteOnly(), r.member(), r.unread());
    }

    private static MessageJson json(MessageView m) {
        return new MessageJson(m.id(), m.roomId(), m.authorId(), m.author(), m.html(), m.markdown(), m.createdAt(), m.editedAt(),
                m.deleted(), m.mine(), m.mayDelete(), m.file() == null ? null : new FileJson(m.file().id(), m.file().name(),
                        m.file().contentType(), m.file().size(), "/files/" + m.file().id()));
    }
}
