package al.rrjeti.survey.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    public long getResponses() {
        return responses;
    }
}
