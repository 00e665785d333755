package al.rrjeti.library.domain;

import al.rrjeti.kernel.api.i18n.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A subject publications are filed under; editors manage them. */
@Entity
@Table(name = "library_topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", length = 40, nullable = false, unique = true)
    private String code;

    @Column(name = "name_sq", length = 120, nullable = false)
    private String nameSq;

    @Column(name = "name_en", length = 120, nullable = false)
    private String nameEn;

    protected Topic() {
    }

    public Topic(String code, String nameSq, String nameEn) {
        this.code = code;
        rename(nameSq, nameEn);
    }

    public final void rename(String sq, String en) {
        this.nameSq = sq.strip();
        this.nameEn = en.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameSq() {
        return nameSq;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameSq, nameEn);
    }
}
