package al.rrjeti.forum.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
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

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "name_sq", length = 120, nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 120, nullable = false))
    private BilingualText name;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "description_sq", length = 500))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 500))
    private BilingualText description;

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
        this.name = BilingualText.of(nameSq, nameEn);
        this.description = BilingualText.of(descriptionSq, descriptionEn);
    }

    public String name(Locale locale) {
        return text(name).in(locale);
    }

    /** The description in the reader's language, or in the other one when only that was written. */
    public String description(Locale locale) {
        return text(description).in(locale);
    }

    /** The language {@link #description(Locale)} is written in. */
    public String descriptionLanguage(Locale locale) {
        return text(description).languageIn(locale);
    }

    /** JPA leaves an embedded value null when both its columns are. */
    private static BilingualText text(BilingualText t) {
        return t == null ? BilingualText.of(null, null) : t;
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
        return text(name).getSq();
    }

    public String getNameEn() {
        return text(name).getEn();
    }

    public String getDescriptionSq() {
        return text(description).getSq();
    }

    public String getDescriptionEn() {
        return text(description).getEn();
    }

    public int getPosition() {
        return position;
    }
}
