package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is typing and who is here, in memory only: a keystroke never writes to the database. A
 * member's "typing" is passed on at most once per {@link #TYPING_EVERY} per room (the page sends it
 * no more often either, and a repeat in between costs a map look-up, nothing more); presence is
 * ONLINE while one of the member's chat pages holds its socket open, AWAY when every open page is
 * hidden, OFFLINE otherwise, and is told to the people who share a room with them when it changes.
 *
 * <p>State lives on the instance the member's socket is connected to (see the report on clusters).
 */
@ApplicationScoped
public class ChatPresence {

    /** Typing is passed on at most this often per person and room. */
    public static final Duration TYPING_EVERY = Duration.ofSeconds(3);

    /** A member's presence. */
    public enum State {
        ONLINE, AWAY, OFFLINE
    }

    @Inject
    private ChatAccess access;

    @Inject
    private ChatRepository repository;

    @Inject
    private PlatformClock clock;

    @Inject
    private Event<ChatSignal> signals;

    private final Map<String, Instant> lastTyping = new ConcurrentHashMap<>();
    private final Map<Long, Integer> sockets = new ConcurrentHashMap<>();
    private final Set<Long> away = ConcurrentHashMap.newKeySet();

    /**
     * The caller types in the room; the room's other members are told, at most once per
     * {@link #TYPING_EVERY}.
     *
     * @return whether it was passed on (false: a repeat within the interval)
     */
    public boolean typing(Long roomId) {
        Person me = access.requireChatter();
        String key = me.getId() + ":" + roomId;
        Instant now = clock.now();
        Instant before = lastTyping.get(key);
        if (before != null && Duration.between(before, now).compareTo(TYPING_EVERY) < 0) {
            return false;
        }
        Room room = access.room(roomId);
        access.requireMember(room, me);
        lastTyping.put(key, now);
        Set<Long> others = new HashSet<>(repository.memberIds(List.of(roomId)));
        others.remove(me.getId());
        signals.fire(new ChatSignal(ChatSignal.Kind.TYPING, roomId, me.getId(), me.getDisplayName(), null, others));
        return true;
    }

    /** The caller's pages are all hidden ({@code true}) or one is in view again. */
    public void away(boolean hidden) {
        Person me = access.requireChatter();
        State before = state(me.getId());
        if (hidden) {
            away.add(me.getId());
        } else {
            away.remove(me.getId());
        }
        told(me.getId(), before);
    }

    /** A chat page of the person opened its socket. */
    public void connected(Long personId) {
        State before = state(personId);
        sockets.merge(personId, 1, Integer::sum);
        told(personId, before);
    }

    /** A chat page of the person closed its socket (left, reloaded, lost the network). */
    public void disconnected(Long personId) {
        State before = state(personId);
        sockets.computeIfPresent(personId, (k, n) -> n <= 1 ? null : n - 1);
        if (!sockets.containsKey(personId)) {
            away.remove(personId);
        }
        told(personId, before);
    }

    public State state(Long personId) {
        if (!sockets.containsKey(personId)) {
            return State.OFFLINE;
        }
        return away.contains(personId) ? State.AWAY : State.ONLINE;
    }

    /** The presence of many people at once, for a members list. */
    public Map<Long, State> states(Collection<Long> personIds) {
        Map<Long, State> states = new HashMap<>();
        personIds.forEach(id -> states.put(id, state(id)));
        return states;
    }

    private void told(Long personId, State before) {
        State now = state(personId);
        if (now == before) {
            return;
        }
        // Members lists are those of groups and conversations: the network's room (everyone) has none.
        List<Long> rooms = repository.roomsOf(personId).stream().filter(r -> r.getKind() != RoomKind.NETWORK)
                .map(Room::getId).toList();
        Set<Long> sharing = new HashSet<>(repository.memberIds(rooms));
        sharing.remove(personId);
        if (!sharing.isEmpty()) {
            signals.fire(new ChatSignal(ChatSignal.Kind.PRESENCE, 0, personId, null, now.name(), sharing));
        }
    }
}
