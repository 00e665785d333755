package al.rrjeti.chat.api;

import al.rrjeti.chat.application.ChatMessages;
import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.application.ChatRooms.RoomSummary;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import al.rrjeti.chat.ChatModule;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.api.limits.WaitLeft;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.OwnPageOnly;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 */
@Path("chat/rooms")
@RequestScoped
@Tag(name = "Chat")
public class RoomsResource {

    public record RoomJson(long id, String kind, String name, List<String> others, boolean inviteOnly, boolean member,
            long unread) {
    }

    public record MessageJson(long id, long room, long authorId, String author, String html, String markdown,
            Instant createdAt,
            Instant editedAt, boolean deleted, boolean mine, boolean mayDelete, FileJson file) {
    }

    /** A file sent with the message; {@code url} is the kernel's, for the room's readers only. */
    public record FileJson(long id, String name, String contentType, long size, String url) {
    }

    @Inject
    private ChatRooms rooms;

    @Inject
    private ChatMessages messages;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Texts texts;


    /** A message to write, or the new text of one's own message. */
    @Schema(name = "ChatMessageText", description = "A message's text (Markdown; @[Name](user:id) mentions)")
    public record TextJson(@Schema(required = true, maxLength = 4000) String text) {
    }

    /** The room is read up to this message (never past its latest). */
    @Schema(name = "ChatReadMark", description = "The last message the reader has seen")
    public record ReadJson(@Schema(required = true) long upTo) {
    }

    /**
     * A refusal of a change: the API's error body ({@code status}, {@code error}, {@code message} for a
     * developer) and what to show the writer, in their language ({@code text}), with the field it is about.
     */
    @Schema(name = "ChatRefusal", description = "Why a message was not saved: the API's error fields, and the"
            + " words to show the writer in their language")
    public record RefusalJson(int status, String error, @Schema(nullable = true) String message,
            @Schema(nullable = true) String field, String text) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatRooms", summary = "The caller's rooms with their unread counts, then open working groups to join")
    public List<RoomJson> list() {
        return rooms.mine(language.getLocale()).stream().map(RoomsResource::json).toList();
    }

    @GET
    @Path("{id}/messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatRoomMessages", summary = "A room's messages, oldest first: the latest page, the page"
            + " before a message id (before=), or what came after one (after=, at most 200)")
    public List<MessageJson> messages(@PathParam("id") long id, @QueryParam("before") Long before,
            @QueryParam("after") Long after) {
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
    public MessageJson message(@PathParam("id") long id, @PathParam("message") long message) {
        MessageJson m = known(() -> json(messages.one(message, language.getLocale())));
        if (m.room() != id) {
            throw new NotFoundException();
        }
        return m;
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatPostMessage", summary = "Writes a message in a room the caller is in (the chat"
            + " page's composer; needs the X-Rrjeti-Request header). The room's members get it pushed.")
    @APIResponse(responseCode = "201", description = "Saved; the message as the writer sees it",
            content = @Content(schema = @Schema(implementation = MessageJson.class)))
    @APIResponse(responseCode = "400", description = "Not saved: empty or too long",
            content = @Content(schema = @Schema(implementation = RefusalJson.class)))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @APIResponse(responseCode = "429", description = "Written too fast (the chat's flood limit); Retry-After says when",
            content = @Content(schema = @Schema(implementation = RefusalJson.class)))
    @OwnPageOnly
    public Response post(@PathParam("id") long id, @RequestBody(required = true) TextJson body,
            @HeaderParam(OwnPageOnly.HEADER) @Parameter(required = true,
                    description = "Any value: the chat page sends it, no other site can") String fromOwnPage) {
        return change(() -> Response.status(Response.Status.CREATED)
                .entity(json(messages.post(id, body == null ? null : body.text(), language.getLocale()))).build());
    }

    @PUT
    @Path("{id}/messages/{message}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatEditMessage", summary = "Rewrites the caller's own message (needs the X-Rrjeti-Request"
            + " header); it shows as edited")
    @APIResponse(responseCode = "200", description = "Saved; the message as the writer sees it",
            content = @Content(schema = @Schema(implementation = MessageJson.class)))
    @APIResponse(responseCode = "400", description = "Not saved: empty or too long",
            content = @Content(schema = @Schema(implementation = RefusalJson.class)))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @OwnPageOnly
    public Response edit(@PathParam("id") long id, @PathParam("message") long message,
            @RequestBody(required = true) TextJson body,
            @HeaderParam(OwnPageOnly.HEADER) @Parameter(required = true,
                    description = "Any value: the chat page sends it, no other site can") String fromOwnPage) {
        return change(() -> {
            MessageJson m = json(messages.one(message, language.getLocale()));
            if (m.room() != id) {
                throw new NotFoundException();
            }
            return Response.ok(json(messages.edit(message, body == null ? null : body.text(), language.getLocale())))
                    .build();
        });
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chatMarkRead", summary = "The caller has read the room up to a message (the chat"
            + " page, at most every few seconds; needs the X-Rrjeti-Request header)")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @OwnPageOnly
    public Response read(@PathParam("id") long id, @RequestBody(required = true) ReadJson body,
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
     * A change: refusals of the input or of the pace answer 400/429 with the words for the writer in
     * their language; an unknown room or message 404; a refusal of access stays 401/403.
     */
    private Response change(java.util.function.Supplier<Response> doing) {
        try {
            return doing.get();
        } catch (RateLimitedException e) {
            long seconds = e.retryAfterSeconds();
            return Response.status(429).type(MediaType.APPLICATION_JSON).header("Retry-After", seconds)
                    .header("Cache-Control", "no-store")
                    .entity(refusal(429, "written too fast: try again in " + seconds + " s", null, e.messageKey(),
                            e.arguments())).build();
        } catch (InvalidInputException e) {
            InvalidInputException.Violation v = e.violations().get(0);
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(refusal(400, v.messageKey(), v.field(), v.messageKey(), v.arguments().toArray())).build();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
    }

    private RefusalJson refusal(int status, String message, String field, String key, Object[] arguments) {
        Locale reader = language.getLocale();
        Object[] words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof WaitLeft wait) {
                words[i] = texts.kernel(reader, wait.messageKey(), wait.amount());
            }
        }
        ApiError error = ApiError.of(status, message);
        return new RefusalJson(status, error.error(), error.message(), field,
                texts.text(ChatModule.MESSAGES, ChatModule.class.getClassLoader(), reader, key, words));
    }

    /** An unknown room or message is 404; a refusal stays a refusal (401/403 by the kernel's mapper). */
    private static <T> T known(java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
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
