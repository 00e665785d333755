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

/** A subject publications are filed under; editors manage them. */
@Entity
@Table(name = "library_topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", length = 40, nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "name_sq", length = 120, nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 120, nullable = false))
    private BilingualText name;

    protected Topic() {
    }

    public Topic(String code, String nameSq, String nameEn) {
        this.code = code;
        rename(nameSq, nameEn);
    }

    public final void rename(String sq, String en) {
        this.name = BilingualText.of(sq.strip(), en.strip());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public BilingualText getName() {
        return name == null ? BilingualText.of(null, null) : name;
    }
}
