package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private BilingualText title;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "body_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    private BilingualText body;

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
        this.title = text.title();
        this.body = text.body();
        this.textHash = text.sha256();
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public PositionText text() {
        return new PositionText(Campaign.orEmpty(title), Campaign.orEmpty(body));
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
