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

/**
 * A document attached to a joint position (a study, the law's article, a table): the file is the
 * kernel's, kept by its id; the title says in both languages what it is. It belongs to the
 * organisation's position, not to the member who uploaded it (the audit log says who did), so no
 * person's id is kept here.
 */
@Entity(name = "PositionAttachment")
@Table(name = "campaigns_position_attachment")
public class PositionAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private BilingualText title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PositionAttachment() {
    }

    public PositionAttachment(Long positionId, Long fileId, BilingualText title, Instant now) {
        this.positionId = positionId;
        this.fileId = fileId;
        this.title = title;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getPositionId() {
        return positionId;
    }

    public Long getFileId() {
        return fileId;
    }

    public BilingualText getTitle() {
        return Campaign.orEmpty(title);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
