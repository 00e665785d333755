package al.rrjeti.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One kept version of a joint position's text; never changed once written. */
@Entity
@Table(name = "campaigns_position_version")
public class PositionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(nullable = false)
    private int number;

    @Column(name = "title_sq")
    private String titleSq;

    @Column(name = "title_en")
    private String titleEn;

    @Lob
    @Column(name = "body_sq")
    private String bodySq;

    @Lob
    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "text_hash", nullable = false)
    private String textHash;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PositionVersion() {
    }

    public PositionVersion(Long positionId, int number, PositionText text, Long authorId, Instant createdAt) {
        this.positionId = positionId;
        this.number = number;
        this.titleSq = text.titleSq();
        this.titleEn = text.titleEn();
        this.bodySq = text.bodySq();
        this.bodyEn = text.bodyEn();
        this.textHash = text.sha256();
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public PositionText text() {
        return new PositionText(titleSq, titleEn, bodySq, bodyEn);
    }

    public Long getId() {
        return id;
    }

    public Long getPositionId() {
        return positionId;
    }

    public int getNumber() {
        return number;
    }

    public String getTextHash() {
        return textHash;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
