package al.rrjeti.chat.application;

import java.util.Set;

/**
 * Something about people, not messages, for the open chat pages: someone is typing in a room, or
 * someone's presence changed. Kept in memory and pushed at once; never stored.
 *
 * @param kind       what it says
 * @param roomId     the room someone types in (0 for presence)
 * @param personId   who
 * @param name       their name, for "… is typing"
 * @param state      for presence: ONLINE, AWAY or OFFLINE
 * @param recipients who is told
 */
public record ChatSignal(Kind kind, long roomId, long personId, String name, String state, Set<Long> recipients) {

    /** What the signal says. */
    public enum Kind {
        TYPING, PRESENCE
    }
}
