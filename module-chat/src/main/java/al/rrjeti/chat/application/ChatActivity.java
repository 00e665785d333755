package al.rrjeti.chat.application;

import java.util.Set;

/**
 * Something changed in a room: a message came, was edited or deleted. Fired as a CDI event and
 * observed once the transaction has committed, by the relay that carries it over a Hazelcast topic
 * to every instance (infrastructure), where it arrives as {@link ChatActivityArrived} for the push.
 *
 * @param roomId     the room
 * @param messageId  the message
 * @param kind       what happened
 * @param recipients the people to tell (the room's members)
 */
public record ChatActivity(long roomId, long messageId, Kind kind, Set<Long> recipients)
        implements java.io.Serializable {

    /** What happened to the message. */
    public enum Kind {
        POSTED, EDITED, DELETED
    }
}
