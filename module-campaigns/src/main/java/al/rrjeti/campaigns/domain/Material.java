package al.rrjeti.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A library item a campaign links as its material, by the library's own id. */
@Entity
@Table(name = "campaigns_material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "added_by", nullable = false)
    private Long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Material() {
    }

    public Material(Long campaignId, String documentId, Long addedBy, Instant addedAt) {
        this.campaignId = campaignId;
        this.documentId = documentId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getDocumentId() {
        return documentId;
    }
}
