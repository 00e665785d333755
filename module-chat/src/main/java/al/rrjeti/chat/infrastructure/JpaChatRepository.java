package al.rrjeti.chat.infrastructure;

import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.MeetingReply;
import al.rrjeti.chat.domain.Message;
import al.rrjeti.chat.domain.Report;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.chat.domain.RoomMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chat's tables through its own persistence unit. */
@ApplicationScoped
public class JpaChatRepository implements ChatRepository {

    @PersistenceContext(unitName = "rrjeti-chat")
    private EntityManager em;

    @Override
    public void add(Room room) {
        em.persist(room);
        em.flush();
    }

    @Override
    public void add(RoomMember member) {
        em.persist(member);
    }

    @Override
    public void add(Message message) {
        em.persist(message);
        // The id is what every client asks after: it must exist before the message is announced.
        em.flush();
    }

    @Override
    public Optional<Room> room(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Room.class, id));
    }

    @Override
    public Optional<Room> networkRoom() {
        return em.createQuery("SELECT r FROM Room r WHERE r.kind = :k ORDER BY r.id", Room.class)
                .setParameter("k", RoomKind.NETWORK).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<RoomMember> member(Long roomId, Long personId) {
        return em.createQuery("SELECT m FROM RoomMember m WHERE m.roomId = :r AND m.personId = :p", RoomMember.class)
                .setParameter("r", roomId).setParameter("p", personId).getResultStream().findFirst();
    }

    @Override
    public List<RoomMember> members(Long roomId) {
        return em.createQuery("SELECT m FROM RoomMember m WHERE m.roomId = :r ORDER BY m.id", RoomMember.class)
                .setParameter("r", roomId).getResultList();
    }

    @Override
    public void remove(RoomMember member) {
        em.remove(em.contains(member) ? member : em.merge(member));
    }

    @Override
    public List<Room> roomsOf(Long personId) {
        return em.createQuery("SELECT r FROM Room r WHERE r.id IN (SELECT m.roomId FROM RoomMember m"
                + " WHERE m.personId = :p) ORDER BY r.kind, r.name, r.id", Room.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Room> openGroups() {
        return em.createQuery("SELECT r FROM Room r WHERE r.kind = :k AND r.inviteOnly = false ORDER BY r.name, r.id",
                Room.class).setParameter("k", RoomKind.GROUP).getResultList();
    }

    @Override
    public Map<Long, Long> unreadCounts(Long personId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT m.roomId, COUNT(m) FROM Message m, RoomMember mb WHERE mb.roomId = m.roomId"
                + " AND mb.personId = :p AND m.id > mb.lastReadId AND m.authorId <> :p AND m.deletedAt IS NULL"
                + " GROUP BY m.roomId", Object[].class).setParameter("p", personId).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Optional<Message> message(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Message.class, id));
    }

    @Override
    public java.util.stream.Stream<Message> searchableMessages() {
        return em.createQuery("SELECT m FROM Message m WHERE m.deletedAt IS NULL ORDER BY m.id", Message.class)
                .getResultStream().filter(m -> m.getBody() != null && !m.getBody().isBlank());
    }

    @Override
    public List<Long> roomIdsOf(Long personId) {
        return em.createQuery("SELECT m.roomId FROM RoomMember m WHERE m.personId = :p", Long.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<Message> messageOfFile(Long fileId) {
        return em.createQuery("SELECT m FROM Message m WHERE m.fileId = :f ORDER BY m.id", Message.class)
                .setParameter("f", fileId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Message> before(Long roomId, Long beforeId, int limit) {
        var query = em.createQuery("SELECT m FROM Message m WHERE m.roomId = :r"
                + (beforeId == null ? "" : " AND m.id < :b") + " ORDER BY m.id DESC", Message.class)
                .setParameter("r", roomId).setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("b", beforeId);
        }
        List<Message> oldestFirst = new ArrayList<>(query.getResultList());
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public List<Message> after(Long roomId, long afterId, int limit) {
        return em.createQuery("SELECT m FROM Message m WHERE m.roomId = :r AND m.id > :a ORDER BY m.id", Message.class)
                .setParameter("r", roomId).setParameter("a", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long countMessages(Long roomId) {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.roomId = :r", Long.class)
                .setParameter("r", roomId).getSingleResult();
    }

    @Override
    public long latestMessageId(Long roomId) {
        Long id = em.createQuery("SELECT MAX(m.id) FROM Message m WHERE m.roomId = :r", Long.class)
                .setParameter("r", roomId).getSingleResult();
        return id == null ? 0 : id;
    }

    @Override
    public void add(Meeting meeting) {
        em.persist(meeting);
        em.flush();
    }

    @Override
    public Optional<Meeting> meeting(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public List<Meeting> meetingsEndingAfter(Collection<Long> roomIds, java.time.Instant moment) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        // Ends are computed here: a meeting lasts at most a day, so a day's margin in the query is enough.
        return em.createQuery("SELECT m FROM Meeting m WHERE m.roomId IN :r AND m.startsAt > :from ORDER BY m.startsAt, m.id",
                Meeting.class).setParameter("r", new ArrayList<>(roomIds))
                .setParameter("from", moment.minus(java.time.Duration.ofDays(1))).getResultList().stream()
                .filter(m -> m.getEndsAt().isAfter(moment)).toList();
    }

    @Override
    public List<Meeting> meetingsStarting(Collection<Long> roomIds, java.time.Instant from, java.time.Instant to) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.roomId IN :r AND m.startsAt >= :from AND m.startsAt < :to"
                + " ORDER BY m.startsAt, m.id", Meeting.class).setParameter("r", new ArrayList<>(roomIds))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Meeting> meetingsEndedBefore(Collection<Long> roomIds, java.time.Instant moment, int max) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        // Ends are computed here: a meeting still going is left out.
        return em.createQuery("SELECT m FROM Meeting m WHERE m.roomId IN :r AND m.startsAt < :moment"
                + " ORDER BY m.startsAt DESC, m.id DESC", Meeting.class).setParameter("r", new ArrayList<>(roomIds))
                .setParameter("moment", moment).setMaxResults(max + 50).getResultList().stream()
                .filter(m -> !m.getEndsAt().isAfter(moment)).limit(max).toList();
    }

    @Override
    public List<Meeting> meetingsToRemind(java.time.Instant from, java.time.Instant to) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.remindedAt IS NULL AND m.startsAt >= :from"
                + " AND m.startsAt < :to ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(MeetingReply reply) {
        em.persist(reply);
    }

    @Override
    public Optional<MeetingReply> reply(Long meetingId, Long personId) {
        return em.createQuery("SELECT r FROM MeetingReply r WHERE r.meetingId = :m AND r.personId = :p",
                MeetingReply.class).setParameter("m", meetingId).setParameter("p", personId)
                .getResultStream().findFirst();
    }

    @Override
    public List<MeetingReply> replies(Long meetingId) {
        return em.createQuery("SELECT r FROM MeetingReply r WHERE r.meetingId = :m ORDER BY r.id", MeetingReply.class)
                .setParameter("m", meetingId).getResultList();
    }

    @Override
    public void add(Report report) {
        em.persist(report);
    }

    @Override
    public Optional<Report> report(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public List<Report> openReports() {
        return em.createQuery("SELECT r FROM Report r WHERE r.resolvedAt IS NULL ORDER BY r.id", Report.class)
                .getResultList();
    }

    @Override
    public long countOpenReports() {
        return em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.resolvedAt IS NULL", Long.class).getSingleResult();
    }

    @Override
    public List<Report> openReports(Long messageId) {
        return em.createQuery("SELECT r FROM Report r WHERE r.resolvedAt IS NULL AND r.messageId = :m ORDER BY r.id",
                Report.class).setParameter("m", messageId).getResultList();
    }

    @Override
    public boolean hasOpenReport(Long messageId, Long reporterId) {
        return em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.resolvedAt IS NULL AND r.messageId = :m"
                + " AND r.reporterId = :p", Long.class).setParameter("m", messageId).setParameter("p", reporterId)
                .getSingleResult() > 0;
    }

    @Override
    public List<Long> memberIds(Collection<Long> roomIds) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT m.personId FROM RoomMember m WHERE m.roomId IN :r", Long.class)
                .setParameter("r", new ArrayList<>(roomIds)).getResultList();
    }
}
