package al.rrjeti.library.domain;

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
import java.util.Objects;

/** One address of the links directory, with what the link checker last found there. */
@Entity
@Table(name = "library_link")
public class LinkEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Set for entries that came from the information package, so that a re-import finds them. */
    @Column(name = "code", length = 80, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 20, nullable = false)
    private LinkCategory category;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "name_sq", length = 300, nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300, nullable = false))
    private BilingualText name;

    @Column(name = "url", length = 1000, nullable = false)
    private String url;

    /** May be missing in one language or both. */
    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "description_sq", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 2000))
    private BilingualText description;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_status", length = 20, nullable = false)
    private LinkStatus status = LinkStatus.UNCHECKED;

    @Column(name = "last_checked")
    private Instant lastChecked;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "check_problem", length = 300)
    private String problem;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "dead_since")
    private Instant deadSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected LinkEntry() {
    }

    public LinkEntry(String code, LinkDetails details, Instant now) {
        this.code = code;
        change(details, now);
    }

    /** New details; a changed address is checked afresh. */
    public final void change(LinkDetails d, Instant now) {
        if (!Objects.equals(url, d.url())) {
            status = LinkStatus.UNCHECKED;
            failures = 0;
            deadSince = null;
            httpStatus = null;
            problem = null;
        }
        category = d.category();
        name = BilingualText.of(d.nameSq(), d.nameEn());
        url = d.url();
        description = BilingualText.of(d.descriptionSq(), d.descriptionEn());
        updatedAt = now;
    }

    /** The address answered. */
    public void answered(int httpCode, Instant now) {
        status = LinkStatus.OK;
        httpStatus = httpCode;
        problem = null;
        failures = 0;
        deadSince = null;
        lastChecked = now;
    }

    /**
     * The address failed; after {@code deadAfter} failures in a row the link is dead.
     *
     * @return whether this failure made it dead
     */
    public boolean failed(Integer httpCode, String what, int deadAfter, Instant now) {
        httpStatus = httpCode;
        problem = what == null ? null : what.substring(0, Math.min(what.length(), 300));
        failures++;
        lastChecked = now;
        if (status != LinkStatus.DEAD && failures >= deadAfter) {
            status = LinkStatus.DEAD;
            deadSince = now;
            return true;
        }
        return false;
    }

    public LinkDetails details() {
        return new LinkDetails(category, getName().getSq(), getName().getEn(), url, getDescription().getSq(),
                getDescription().getEn());
    }

    /** The host name, shown beside the link so that readers see where it leads. */
    public String host() {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LinkCategory getCategory() {
        return category;
    }

    public BilingualText getName() {
        return name == null ? BilingualText.of(null, null) : name;
    }

    public String getUrl() {
        return url;
    }

    /** The description in Albanian and/or English (never null, possibly empty). */
    public BilingualText getDescription() {
        return description == null ? BilingualText.of(null, null) : description;
    }

    public LinkStatus getStatus() {
        return status;
    }

    public Instant getLastChecked() {
        return lastChecked;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getProblem() {
        return problem;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getDeadSince() {
        return deadSince;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDead() {
        return status == LinkStatus.DEAD;
    }
}
