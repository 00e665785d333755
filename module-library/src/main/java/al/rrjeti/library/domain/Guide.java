package al.rrjeti.library.domain;

import al.rrjeti.kernel.api.i18n.Bilingual;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

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

    @Column(name = "title_sq", length = 200, nullable = false)
    private String titleSq;

    @Column(name = "title_en", length = 200, nullable = false)
    private String titleEn;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_sq", nullable = false)
    private String bodySq;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_en", nullable = false)
    private String bodyEn;

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
        this.titleSq = newTitleSq.strip();
        this.titleEn = newTitleEn.strip();
        this.bodySq = newBodySq;
        this.bodyEn = newBodyEn;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleSq, titleEn);
    }

    public String body(Locale locale) {
        return Bilingual.pick(locale, bodySq, bodyEn);
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

    public String getTitleSq() {
        return titleSq;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodySq() {
        return bodySq;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
