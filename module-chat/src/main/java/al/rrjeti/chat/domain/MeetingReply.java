package al.rrjeti.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitee's answer to a meeting: coming or not. One per person and meeting; a new answer replaces it. */
@Entity
@Table(name = "chat_meeting_reply")
public class MeetingReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "coming", nullable = false)
    private boolean coming;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected MeetingReply() {
    }

    public MeetingReply(Long meetingId, Long personId, boolean coming, Instant now) {
        this.meetingId = meetingId;
        this.personId = personId;
        answer(coming, now);
    }

    public final void answer(boolean coming, Instant now) {
        this.coming = coming;
        this.answeredAt = now;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isComing() {
        return coming;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
