package al.rrjeti.chat.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rooms, memberships and messages, as the chat's services need them. */
public interface ChatRepository {

    void add(Room room);

    void add(RoomMember member);

    void add(Message message);

    Optional<Room> room(Long id);

    Optional<Room> networkRoom();

    Optional<RoomMember> member(Long roomId, Long personId);

    List<RoomMember> members(Long roomId);

    void remove(RoomMember member);

    /** The person's rooms: those they are a member of, and the open working groups they are not in. */
    List<Room> roomsOf(Long personId);

    List<Room> openGroups();

    /** Per room of the person: messages by others, not deleted, after their last-read marker. */
    Map<Long, Long> unreadCounts(Long personId);

    Optional<Message> message(Long id);

    /** Every message with words, not deleted, for a rebuild of the search index. */
    java.util.stream.Stream<Message> searchableMessages();

    /** The ids of the rooms the person is a member of. */
    List<Long> roomIdsOf(Long personId);

    /** The message a stored file was sent with. */
    Optional<Message> messageOfFile(Long fileId);

    /** At most {@code limit} messages before the id (or the latest), oldest first. */
    List<Message> before(Long roomId, Long beforeId, int limit);

    /** At most {@code limit} messages after the id, oldest first. */
    List<Message> after(Long roomId, long afterId, int limit);

    long countMessages(Long roomId);

    long latestMessageId(Long roomId);

    void add(Meeting meeting);

    Optional<Meeting> meeting(Long id);

    /** Meetings of the rooms that end after the moment, soonest first. */
    List<Meeting> meetingsEndingAfter(Collection<Long> roomIds, java.time.Instant moment);

    /** Meetings of the rooms starting in [from, to), soonest first. */
    List<Meeting> meetingsStarting(Collection<Long> roomIds, java.time.Instant from, java.time.Instant to);

    /** Meetings of the rooms that ended before the moment, latest first, at most {@code max}. */
    List<Meeting> meetingsEndedBefore(Collection<Long> roomIds, java.time.Instant moment, int max);

    /** Meetings not yet reminded of that start in [from, to), across all rooms. */
    List<Meeting> meetingsToRemind(java.time.Instant from, java.time.Instant to);

    void add(MeetingReply reply);

    Optional<MeetingReply> reply(Long meetingId, Long personId);

    List<MeetingReply> replies(Long meetingId);

    void add(Report report);

    Optional<Report> report(Long id);

    /** Open reports, oldest first. */
    List<Report> openReports();

    long countOpenReports();

    /** Open reports of one message (all are settled by one decision). */
    List<Report> openReports(Long messageId);

    boolean hasOpenReport(Long messageId, Long reporterId);

    /** Ids of the people in the given rooms. */
    List<Long> memberIds(Collection<Long> roomIds);
}
