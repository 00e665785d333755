package al.rrjeti.chat.infrastructure;

import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the chat holds about a person: the rooms they are in (with their read marker), the rooms they
 * made, and every message they wrote.
 *
 * <p>On erasure their memberships, reports and answers to meetings go (so they vanish from member lists and are never told again),
 * and their messages stay, shown under the kernel's "deleted account". A conversation belongs to
 * everyone in it: removing one side would leave the others' answers without the questions they
 * answer, in rooms that only members of the network read. The name, the one thing that ties the
 * words to the person, is gone at once. (A member who wants a message itself gone deletes it before
 * closing the account; its text is then removed for good.)
 */
@ApplicationScoped
public class ChatPersonalData implements PersonalData {

    @PersistenceContext(unitName = "rrjeti-chat")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(Long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rooms", rows("SELECT m.roomId, r.kind, r.name, m.moderator, m.joinedAt, m.lastReadId"
                + " FROM RoomMember m, Room r WHERE r.id = m.roomId AND m.personId = :p ORDER BY m.id", personId,
                "roomId", "kind", "name", "moderator", "joinedAt", "lastReadId"));
        data.put("roomsCreated", rows("SELECT r.id, r.kind, r.name, r.description, r.createdAt FROM Room r"
                + " WHERE r.creatorId = :p ORDER BY r.id", personId, "id", "kind", "name", "description", "createdAt"));
        data.put("messages", rows("SELECT m.id, m.roomId, m.body, m.createdAt, m.editedAt, m.deletedAt FROM Message m"
                + " WHERE m.authorId = :p ORDER BY m.id", personId, "id", "roomId", "markdown", "createdAt", "editedAt",
                "deletedAt"));
        data.put("reports", rows("SELECT r.messageId, r.reason, r.createdAt, r.outcome FROM Report r"
                + " WHERE r.reporterId = :p ORDER BY r.id", personId, "messageId", "reason", "createdAt", "outcome"));
        data.put("meetingsOrganised", rows("SELECT m.id, m.roomId, m.title, m.startsAt, m.zone FROM Meeting m"
                + " WHERE m.organiserId = :p ORDER BY m.id", personId, "id", "roomId", "title", "startsAt", "zone"));
        data.put("meetingReplies", rows("SELECT r.meetingId, r.coming, r.answeredAt FROM MeetingReply r"
                + " WHERE r.personId = :p ORDER BY r.id", personId, "meetingId", "coming", "answeredAt"));
        return data;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Long personId) {
        em.createQuery("DELETE FROM RoomMember m WHERE m.personId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM Report r WHERE r.reporterId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM MeetingReply r WHERE r.personId = :p").setParameter("p", personId).executeUpdate();
    }

    private List<Map<String, Object>> rows(String jpql, Long personId, String... names) {
        return PersonalData.rows(em.createQuery(jpql, Object[].class).setParameter("p", personId).getResultList(), names);
    }
}
