package al.rrjeti.chat.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Something changed in a room: a message came, was edited or deleted. Fired as a CDI event and
 * observed once the transaction has committed, by the relay that carries it over a Hazelcast topic
 * to every instance (infrastructure), where it arrives as {@link ChatActivityArrived} for the push.
 *
 * <p>It carries the message as every member sees it ({@link Shown}), so that an open page shows it
 * without asking the server; what differs by reader (whether it is theirs, whether they may edit or
 * delete it) the page works out from its own account, and the services decide again on any change.
 *
 * @param roomId     the room
 * @param messageId  the message
 * @param kind       what happened
 * @param recipients the people to tell (the room's members)
 * @param message    the message as it now stands; {@code null}: ids only, the page asks for it
 */
public record ChatActivity(long roomId, long messageId, Kind kind, Set<Long> recipients, Shown message)
        implements Serializable {

    /** What happened to the message. */
    public enum Kind {
        POSTED, EDITED, DELETED
    }

    /** Ids only: a page that gets it asks the room's history for the message. */
    public ChatActivity(long roomId, long messageId, Kind kind, Set<Long> recipients) {
        this(roomId, messageId, kind, recipients, null);
    }

    /**
     * The message as any member sees it: its sanitised HTML (empty once deleted), who wrote it, when,
     * its file (none once deleted).
     */
    public record Shown(long authorId, String author, String html, Instant createdAt, Instant editedAt,
            boolean deleted, Long fileId, String fileName, String fileType, long fileSize)
            implements Serializable {
    }
}
