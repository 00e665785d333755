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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An anti-corruption measure being taken (a strategy's step, a law, an institution's action) that citizens rate. */
@Entity
@Table(name = "survey_measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "institution_sq", length = 200))
    @AttributeOverride(name = "en", column = @Column(name = "institution_en", length = 200))
    private BilingualText institution;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq", length = 200))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))
    private BilingualText title;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "description_sq", length = 4000))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 4000))
    private BilingualText description;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** One address per line. */
    @Column(name = "sources", length = 2000)
    private String sources;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Measure() {
    }

    public Measure(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public void describe(BilingualText institution, BilingualText title, BilingualText description,
            LocalDate startsOn, LocalDate endsOn, String sources) {
        this.institution = institution;
        this.title = title;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.sources = sources;
    }

    public Long getId() {
        return id;
    }

    /** JPA leaves an embedded value null when both its columns are. */
    private static BilingualText text(BilingualText t) {
        return t == null ? BilingualText.of(null, null) : t;
    }

    public BilingualText getInstitution() {
        return text(institution);
    }

    public BilingualText getTitle() {
        return text(title);
    }

    public BilingualText getDescription() {
        return text(description);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getSources() {
        return sources;
    }

    public List<String> getSourceList() {
        return sources == null ? List.of() : Arrays.stream(sources.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
