package al.rrjeti.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's report of a message, waiting in the platform moderators' queue until one of them decides. */
@Entity
@Table(name = "chat_report")
public class Report {

    /** The message was removed. */
    public static final String REMOVED = "REMOVED";
    /** The message stays. */
    public static final String DISMISSED = "DISMISSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    @Column(name = "reporter_id", nullable = false)
    private Long reporterId;

    @Column(name = "reason", length = 1000, nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "outcome", length = 20)
    private String outcome;

    protected Report() {
    }

    public Report(Long messageId, Long reporterId, String reason, Instant now) {
        this.messageId = messageId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now;
    }

    public void resolve(String outcome, Long by, Instant now) {
        this.outcome = outcome;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
