package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * A campaign at a glance: title, goal, audience, period and organisation. The whole
 * {@link Campaign} is one; a {@link CampaignCard}, what the list reads (without the description's
 * large texts), is one too, so both answer the same getters from one place.
 */
@MappedSuperclass
public abstract class CampaignHeading {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignAudience audience;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected CampaignHeading() {
    }

    protected CampaignHeading(Long id, BilingualText title, BilingualText goal, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn, Long organisationId) {
        this.id = id;
        this.organisationId = organisationId;
        retitle(title, goal, audience, startsOn, endsOn);
    }

    /** New wording and period; the organisation stays the one the campaign was made for. */
    protected final void retitle(BilingualText title, BilingualText goal, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn) {
        this.title = title;
        this.goal = goal;
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

    /** A text, or an empty one for null (an embedded text whose columns are all empty reads as null). */
    static BilingualText orEmpty(BilingualText t) {
        return t == null ? BilingualText.of(null, null) : t;
    }
}
