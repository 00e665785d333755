package al.rrjeti.chat.application;

import java.util.Set;

/**
 * Something changed in a room: a message came, was edited or deleted. Fired as a CDI event and
 * observed once the transaction has committed; today's observer pushes it to the browsers on this
 * server (see the web layer). It is the seam for several servers: an observer that republishes it
 * on a Hazelcast topic, and a listener there that pushes on every instance, need no change here.
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
