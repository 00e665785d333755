package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** An information, awareness or education campaign, for one audience over a period. */
@Entity
@Table(name = "campaigns_campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_sq")
    private String titleSq;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "goal_sq")
    private String goalSq;

    @Column(name = "goal_en")
    private String goalEn;

    @Lob
    @Column(name = "description_sq")
    private String descriptionSq;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignAudience audience;

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

    public Campaign(String titleSq, String titleEn, String goalSq, String goalEn, String descriptionSq,
            String descriptionEn, CampaignAudience audience, LocalDate startsOn, LocalDate endsOn, Long organisationId,
            Long createdBy, Instant createdAt) {
        this.titleSq = titleSq;
        this.titleEn = titleEn;
        this.goalSq = goalSq;
        this.goalEn = goalEn;
        this.descriptionSq = descriptionSq;
        this.descriptionEn = descriptionEn;
        this.audience = audience;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The organiser's new wording and period; the organisation stays the one it was made for. */
    public void revise(String titleSq, String titleEn, String goalSq, String goalEn, String descriptionSq,
            String descriptionEn, CampaignAudience audience, LocalDate startsOn, LocalDate endsOn) {
        this.titleSq = titleSq;
        this.titleEn = titleEn;
        this.goalSq = goalSq;
        this.goalEn = goalEn;
        this.descriptionSq = descriptionSq;
        this.descriptionEn = descriptionEn;
        this.audience = audience;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public String title(Locale reader) {
        return Bilingual.pick(reader, titleSq, titleEn);
    }

    public String titleLanguage(Locale reader) {
        return Bilingual.language(reader, titleSq, titleEn);
    }

    public String goal(Locale reader) {
        return Bilingual.pick(reader, goalSq, goalEn);
    }

    public String description(Locale reader) {
        return Bilingual.pick(reader, descriptionSq, descriptionEn);
    }

    public Long getId() {
        return id;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getGoalSq() {
        return goalSq;
    }

    public String getGoalEn() {
        return goalEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
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
