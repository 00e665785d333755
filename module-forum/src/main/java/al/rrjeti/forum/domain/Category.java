package al.rrjeti.forum.domain;

import al.rrjeti.kernel.api.i18n.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A category of one of the two spaces, named in both languages. */
@Entity
@Table(name = "forum_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "forum_space", length = 10, nullable = false)
    private Space space;

    @Column(name = "code", length = 60, nullable = false, unique = true)
    private String code;

    @Column(name = "name_sq", length = 120, nullable = false)
    private String nameSq;

    @Column(name = "name_en", length = 120, nullable = false)
    private String nameEn;

    @Column(name = "description_sq", length = 500)
    private String descriptionSq;

    @Column(name = "description_en", length = 500)
    private String descriptionEn;

    @Column(name = "position", nullable = false)
    private int position;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Category() {
    }

    public Category(Space space, String code, int position) {
        this.space = space;
        this.code = code;
        this.position = position;
    }

    public void describe(String nameSq, String nameEn, String descriptionSq, String descriptionEn) {
        this.nameSq = nameSq;
        this.nameEn = nameEn;
        this.descriptionSq = descriptionSq;
        this.descriptionEn = descriptionEn;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameSq, nameEn);
    }

    /** The description in the reader's language, or in the other one when only that was written. */
    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionSq, descriptionEn);
    }

    /** The language {@link #description(Locale)} is written in. */
    public String descriptionLanguage(Locale locale) {
        return Bilingual.language(locale, descriptionSq, descriptionEn);
    }

    public Long getId() {
        return id;
    }

    public Space getSpace() {
        return space;
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

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getPosition() {
        return position;
    }
}
