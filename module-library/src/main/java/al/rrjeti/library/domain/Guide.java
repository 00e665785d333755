package al.rrjeti.library.domain;

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

/** A citizen guide in simple language, in Albanian and English (Markdown), edited by editors. */
@Entity
@Table(name = "library_guide")
public class Guide {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", length = 60, nullable = false, unique = true)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq", length = 200, nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200, nullable = false))
    private BilingualText title;

    /** Markdown in both languages (CLOB columns, read and written as strings). */
    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "body_sq", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "body_en", nullable = false))
    private BilingualText body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Guide() {
    }

    public Guide(String code, int position) {
        this.code = code;
        this.position = position;
    }

    public void edit(String newTitleSq, String newTitleEn, String newBodySq, String newBodyEn, Long by, Instant at) {
        this.title = BilingualText.of(newTitleSq.strip(), newTitleEn.strip());
        this.body = BilingualText.of(newBodySq, newBodyEn);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public BilingualText getTitle() {
        return title == null ? BilingualText.of(null, null) : title;
    }

    /** The guide's Markdown in both languages. */
    public BilingualText getBody() {
        return body == null ? BilingualText.of(null, null) : body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
