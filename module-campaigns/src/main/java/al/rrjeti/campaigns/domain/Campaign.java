package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An information, awareness or education campaign, for one audience over a period. */
@Entity
@Table(name = "campaigns_campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private BilingualText title;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "goal_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "goal_en"))
    private BilingualText goal;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "description_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private BilingualText description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignAudience audience;

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

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "organisation_id")
    private Long organisationId;

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
        this.title = title;
        this.goal = goal;
        this.description = description;
        this.audience = audience;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The organiser's new wording and period; the organisation stays the one it was made for. */
    public void revise(BilingualText title, BilingualText goal, BilingualText description, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn) {
        this.title = title;
        this.goal = goal;
        this.description = description;
        this.audience = audience;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return id;
    }

    /** Never null: EclipseLink reads an embedded text whose columns are all empty as null. */
    public BilingualText getTitle() {
        return orEmpty(title);
    }

    public BilingualText getGoal() {
        return orEmpty(goal);
    }

    public BilingualText getDescription() {
        return orEmpty(description);
    }

    static BilingualText orEmpty(BilingualText t) {
        return t == null ? BilingualText.of(null, null) : t;
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

    public CampaignAudience getAudience() {
        return audience;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
