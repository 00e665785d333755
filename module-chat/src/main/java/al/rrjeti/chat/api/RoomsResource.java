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
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
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
