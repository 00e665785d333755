package al.rrjeti.survey.domain;

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

/** A perception survey: its questions are {@link Question}s; it takes answers between its open and close instants. */
@Entity
@Table(name = "survey_survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq", length = 300))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 300))
    private BilingualText title;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "intro_sq", length = 4000))
    @AttributeOverride(name = "en", column = @Column(name = "intro_en", length = 4000))
    private BilingualText intro;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 10)
    private Target target = Target.EVERYONE;

    /** Visitors without an account may answer (limited per browser and per client address). */
    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    /** The verified CSO that built it; null for the platform's editors. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** Responses received, kept as they come. */
    @Column(name = "responses", nullable = false)
    private long responses;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Survey() {
    }

    public Survey(String code, BilingualText title, BilingualText intro, Instant opensAt, Instant closesAt) {
        this.code = code;
        this.title = title;
        this.intro = intro;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.published = true;
    }

    /** Who it asks, whether visitors without an account may answer, and which organisation built it. */
    public void askFor(Target target, boolean anonymous, Long organisationId) {
        this.target = target == null ? Target.EVERYONE : target;
        this.anonymous = anonymous;
        this.organisationId = organisationId;
    }

    /** New title, introduction, dates and audience (its questions change only while it has no answers). */
    public void describe(BilingualText title, BilingualText intro, Instant opensAt, Instant closesAt, Target target,
            boolean anonymous) {
        this.title = title;
        this.intro = intro;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.target = target == null ? Target.EVERYONE : target;
        this.anonymous = anonymous;
    }

    /** Whether it takes answers at this instant. */
    public boolean isOpenAt(Instant now) {
        return published && !now.isBefore(opensAt) && (closesAt == null || now.isBefore(closesAt));
    }

    public boolean isClosedAt(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    public void counted() {
        responses++;
    }

    public void schedule(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public BilingualText getTitle() {
        return title == null ? BilingualText.of(null, null) : title;
    }

    public BilingualText getIntro() {
        return intro == null ? BilingualText.of(null, null) : intro;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isPublished() {
        return published;
    }

    public Target getTarget() {
        return target == null ? Target.EVERYONE : target;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getResponses() {
        return responses;
    }
}
