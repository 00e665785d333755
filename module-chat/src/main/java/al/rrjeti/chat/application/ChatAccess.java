package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who reaches the chat and which rooms: every chat service asks here first. The chat is for members
 * of verified CSOs and institutions only (the roles a verified membership gives, see
 * {@link ChatModule#USE}); inside it, a room is read by its members, and the network's room and
 * open working groups by every chat member.
 */
@ApplicationScoped
public class ChatAccess {

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private People people;

    @Inject
    private ChatRepository repository;

    @Inject
    private PlatformClock clock;

    /** @throws AccessDeniedException for anonymous callers, citizens and members of unverified organisations */
    public Person requireChatter() {
        permissions.require(ChatModule.USE);
        return caller.requireAccount();
    }

    public boolean mayChat() {
        return permissions.may(ChatModule.USE);
    }

    /** Whether another person may take part now (their organisation verified, their account active). */
    public boolean mayChat(Long personId) {
        Set<Role> holding = permissions.rolesHolding(ChatModule.USE);
        return people.roles(personId).stream().anyMatch(holding::contains);
    }

    public Room room(Long roomId) {
        return repository.room(roomId).orElseThrow(() -> new BusinessException("chat.room.unknown"));
    }

    /** The caller's membership, if any; in the network's room every chatter is a member, joined on first visit. */
    public Optional<RoomMember> membership(Room room, Person me) {
        Optional<RoomMember> found = repository.member(room.getId(), me.getId());
        if (found.isEmpty() && room.getKind() == RoomKind.NETWORK) {
            RoomMember joined = newcomer(room, me.getId());
            repository.add(joined);
            return Optional.of(joined);
        }
        return found;
    }

    /** A new member starts with what was written before them read: unread counts are for what comes after. */
    public RoomMember newcomer(Room room, Long personId) {
        RoomMember m = new RoomMember(room.getId(), personId, false, clock.now());
        m.readUpTo(repository.latestMessageId(room.getId()));
        return m;
    }

    /** @throws AccessDeniedException unless the caller may read the room */
    public void requireRead(Room room, Person me) {
        if (!room.isOpen() && membership(room, me).isEmpty()) {
            throw new AccessDeniedException();
        }
    }

    /** @throws AccessDeniedException unless the caller is in the room (to write, mark as read) */
    public RoomMember requireMember(Room room, Person me) {
        return membership(room, me).orElseThrow(AccessDeniedException::new);
    }

    /** The room's creator and the members it made moderators; nobody manages the network's room. */
    public boolean mayManage(Room room, Person me) {
        if (room.getKind() == RoomKind.NETWORK) {
            return false;
        }
        return me.getId().equals(room.getCreatorId())
                || repository.member(room.getId(), me.getId()).map(RoomMember::isModerator).orElse(false);
    }

    public void requireManage(Room room, Person me) {
        if (!mayManage(room, me)) {
            throw new AccessDeniedException();
        }
    }
}
