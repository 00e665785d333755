package al.rrjeti.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's place in a room: whether they moderate it, and the last message they read there (the
 * unread count is what came after it).
 */
@Entity
@Table(name = "chat_member")
public class RoomMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private Long roomId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "moderator", nullable = false)
    private boolean moderator;

    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected RoomMember() {
    }

    public RoomMember(Long roomId, Long personId, boolean moderator, Instant now) {
        this.roomId = roomId;
        this.personId = personId;
        this.moderator = moderator;
        this.joinedAt = now;
    }

    /** Moves the marker forward only: an older page read later does not make newer messages unread. */
    public void readUpTo(long messageId) {
        lastReadId = Math.max(lastReadId, messageId);
    }

    public void setModerator(boolean moderator) {
        this.moderator = moderator;
    }

    public Long getId() {
        return id;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isModerator() {
        return moderator;
    }

    public long getLastReadId() {
        return lastReadId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
