package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An information, awareness or education campaign, for one audience over a period: its
 * {@linkplain CampaignHeading heading} and what the campaign's own page shows besides.
 */
@Entity
@Table(name = "campaigns_campaign")
public class Campaign extends CampaignHeading {

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "description_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private BilingualText description;

    /** What the campaign is about, beside whom it speaks to; null when the organiser named no theme. */
    @Enumerated(EnumType.STRING)
    private CampaignTheme theme;

    /** The campaign's image in the kernel's file store; null when it has none. */
    @Column(name = "image_file_id")
    private Long imageFileId;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "image_alt_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "image_alt_en"))
    private BilingualText imageAlt;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Campaign() {
    }

    public Campaign(BilingualText title, BilingualText goal, BilingualText description, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn, Long organisationId, Long createdBy, Instant createdAt) {
        super(null, title, goal, audience, startsOn, endsOn, organisationId);
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The organiser's new wording and period; the organisation stays the one it was made for. */
    public void revise(BilingualText title, BilingualText goal, BilingualText description, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn) {
        retitle(title, goal, audience, startsOn, endsOn);
        this.description = description;
    }

    public BilingualText getDescription() {
        return orEmpty(description);
    }

    /** The campaign's image and what it shows, in words, for those who do not see it; nulls remove it. */
    public void illustrate(Long fileId, BilingualText alt) {
        this.imageFileId = fileId;
        this.imageAlt = fileId == null ? null : alt;
    }

    public Long getImageFileId() {
        return imageFileId;
    }

    public BilingualText getImageAlt() {
        return orEmpty(imageAlt);
    }

    /** The organiser names a theme, or none. */
    public void classify(CampaignTheme theme) {
        this.theme = theme;
    }

    public CampaignTheme getTheme() {
        return theme;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
