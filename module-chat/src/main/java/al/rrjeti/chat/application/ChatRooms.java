package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rooms and who is in them: the network's room (made at first start), working groups members make
 * (open to every member or by invitation), direct conversations. Creators and the moderators they
 * name add and remove members.
 */
@ApplicationScoped
@Transactional
public class ChatRooms {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 500;

    /** A room as its list shows it to one member. */
    public record RoomSummary(Long id, RoomKind kind, String name, List<String> others, boolean inviteOnly,
            boolean member, boolean manager, long unread) {
    }

    /** Someone in a room. */
    public record MemberView(Long personId, String name, boolean moderator, boolean creator) {
    }

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private People people;

    @Inject
    private PlatformClock clock;

    @Inject
    private Audit audit;

    @Inject
    private Caller caller;

    /** The whole network's room; made once, at the module's first start (the seed: run at every start). */
    public Room ensureNetworkRoom() {
        return repository.networkRoom().orElseGet(() -> {
            Room network = new Room(RoomKind.NETWORK, null, null, false, null, clock.now());
            repository.add(network);
            return network;
        });
    }

    /** A person's unread messages in all their rooms, for the header's count beside the chat's link. */
    public long unreadTotal(Long personId) {
        return repository.unreadCounts(personId).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The caller's rooms with their unread counts, then the open working groups they may join. */
    public List<RoomSummary> mine(Locale reader) {
        Person me = access.requireChatter();
        access.membership(ensureNetworkRoom(), me);
        Map<Long, Long> unread = repository.unreadCounts(me.getId());
        List<RoomSummary> list = new ArrayList<>();
        Set<Long> in = new LinkedHashSet<>();
        for (Room r : repository.roomsOf(me.getId())) {
            in.add(r.getId());
            list.add(summary(r, me, true, unread.getOrDefault(r.getId(), 0L), reader));
        }
        for (Room r : repository.openGroups()) {
            if (!in.contains(r.getId())) {
                list.add(summary(r, me, false, 0, reader));
            }
        }
        return list;
    }

    public RoomSummary summary(Long roomId, Locale reader) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireRead(room, me);
        boolean member = repository.member(roomId, me.getId()).isPresent();
        return summary(room, me, member, member ? repository.unreadCounts(me.getId()).getOrDefault(roomId, 0L) : 0,
                reader);
    }

    private RoomSummary summary(Room r, Person me, boolean member, long unread, Locale reader) {
        List<String> others = List.of();
        if (r.getKind() == RoomKind.DIRECT) {
            List<Long> ids = repository.members(r.getId()).stream().map(RoomMember::getPersonId)
                    .filter(id -> !id.equals(me.getId())).toList();
            Map<Long, String> names = people.displayNames(ids, reader);
            others = ids.stream().map(names::get).sorted().toList();
        }
        return new RoomSummary(r.getId(), r.getKind(), r.getName(), others, r.isInviteOnly(), member,
                access.mayManage(r, me), unread);
    }

    /** A member makes a working group and becomes its first moderator. */
    public Room createGroup(String name, String description, boolean inviteOnly) {
        Person me = access.requireChatter();
        List<Violation> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        String d = description == null || description.isBlank() ? null : description.strip();
        if (n.isEmpty()) {
            problems.add(new Violation("name", "chat.room.name.required"));
        } else if (n.length() > NAME_MAX) {
            problems.add(new Violation("name", "chat.room.name.too-long", NAME_MAX));
        }
        if (d != null && d.length() > DESCRIPTION_MAX) {
            problems.add(new Violation("description", "chat.room.description.too-long", DESCRIPTION_MAX));
        }
        InvalidInputException.throwIfAny(problems);
        Room room = new Room(RoomKind.GROUP, n, d, inviteOnly, me.getId(), clock.now());
        repository.add(room);
        repository.add(new RoomMember(room.getId(), me.getId(), true, clock.now()));
        audit.record(caller.auditName(), "chat.room.created", "room " + room.getId(), null);
        return room;
    }

    /** A conversation between the caller and the others, all of whom must be chat members. */
    public Room createDirect(Collection<Long> others) {
        Person me = access.requireChatter();
        Set<Long> with = new LinkedHashSet<>(others == null ? List.of() : others);
        with.remove(me.getId());
        if (with.isEmpty()) {
            throw new InvalidInputException("others", "chat.direct.nobody");
        }
        for (Long id : with) {
            if (!access.mayChat(id)) {
                throw new InvalidInputException("others", "chat.member.not-eligible");
            }
        }
        Room room = new Room(RoomKind.DIRECT, null, null, true, me.getId(), clock.now());
        repository.add(room);
        repository.add(new RoomMember(room.getId(), me.getId(), true, clock.now()));
        for (Long id : with) {
            repository.add(new RoomMember(room.getId(), id, false, clock.now()));
        }
        return room;
    }

    /** Joins an open working group. */
    public void join(Long roomId) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        if (!room.isOpen()) {
            throw new AccessDeniedException();
        }
        access.membership(room, me).orElseGet(() -> {
            RoomMember m = access.newcomer(room, me.getId());
            repository.add(m);
            return m;
        });
    }

    /** Leaves a room; nobody leaves the network's room while they are a member of the network. */
    public void leave(Long roomId) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        if (room.getKind() == RoomKind.NETWORK) {
            throw new BusinessException("chat.room.network-stays");
        }
        repository.member(roomId, me.getId()).ifPresent(repository::remove);
    }

    /** The room's creator or one of its moderators adds a chat member. */
    public void addMember(Long roomId, Long personId) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireManage(room, me);
        if (personId == null || !access.mayChat(personId)) {
            throw new InvalidInputException("person", "chat.member.not-eligible");
        }
        if (repository.member(roomId, personId).isEmpty()) {
            repository.add(access.newcomer(room, personId));
            audit.record(caller.auditName(), "chat.member.added", "room " + roomId, "person " + personId);
        }
    }

    /** The room's creator or one of its moderators removes a member; the creator stays. */
    public void removeMember(Long roomId, Long personId) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireManage(room, me);
        if (personId != null && personId.equals(room.getCreatorId())) {
            throw new BusinessException("chat.member.creator-stays");
        }
        repository.member(roomId, personId).ifPresent(m -> {
            repository.remove(m);
            audit.record(caller.auditName(), "chat.member.removed", "room " + roomId, "person " + personId);
        });
    }

    /** The creator names or unnames a moderator of the room. */
    public void setModerator(Long roomId, Long personId, boolean moderator) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        if (!me.getId().equals(room.getCreatorId())) {
            throw new AccessDeniedException();
        }
        access.requireMember(room, me);
        repository.member(roomId, personId).orElseThrow(() -> new BusinessException("chat.member.unknown"))
                .setModerator(moderator);
    }

    /** The room's members, for those who may read it. */
    public List<MemberView> members(Long roomId, Locale reader) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireRead(room, me);
        List<RoomMember> members = repository.members(roomId);
        Map<Long, String> names = people.displayNames(members.stream().map(RoomMember::getPersonId)
                .collect(Collectors.toList()), reader);
        return members.stream().map(m -> new MemberView(m.getPersonId(), names.get(m.getPersonId()), m.isModerator(),
                m.getPersonId().equals(room.getCreatorId()))).toList();
    }
}
