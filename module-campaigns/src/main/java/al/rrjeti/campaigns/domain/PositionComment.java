package al.rrjeti.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on one paragraph of a joint position's version, written by a member of a verified
 * organisation; with replacement text it is a proposed change, which the initiators accept (a new
 * version) or reject with a reason. The paragraph as it was is kept, so a proposal whose paragraph
 * changed since is seen to be outdated.
 */
@Entity
@Table(name = "campaigns_position_comment")
public class PositionComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private int paragraph;

    @Lob
    @Column(name = "original_text")
    private String originalText;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Lob
    private String body;

    @Lob
    @Column(name = "proposed_text")
    private String proposedText;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PositionComment() {
    }

    public PositionComment(Long positionId, int versionNumber, String language, int paragraph, String originalText,
            Long authorId, Long organisationId, String body, String proposedText, Instant createdAt) {
        this.positionId = positionId;
        this.versionNumber = versionNumber;
        this.language = language;
        this.paragraph = paragraph;
        this.originalText = originalText;
        this.authorId = authorId;
        this.organisationId = organisationId;
        this.body = body;
        this.proposedText = proposedText;
        this.status = proposedText == null ? null : ProposalStatus.OPEN;
        this.createdAt = createdAt;
    }

    public boolean isProposal() {
        return proposedText != null;
    }

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }

    public void decide(boolean accepted, String reason, Long by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("only an open proposal is decided");
        }
        status = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getPositionId() {
        return positionId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getLanguage() {
        return language;
    }

    public int getParagraph() {
        return paragraph;
    }

    public String getOriginalText() {
        return originalText;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getBody() {
        return body;
    }

    public String getProposedText() {
        return proposedText;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
