package al.rrjeti.kernel.api.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept in Albanian and English, one of which may be missing. Readers get their language,
 * or the other one, marked with its {@code lang}, when that is all there is. Embedded in a module's
 * entity onto its own two columns:
 *
 * <pre>{@code
 * @Embedded
 * @AttributeOverride(name = "sq", column = @Column(name = "name_sq"))
 * @AttributeOverride(name = "en", column = @Column(name = "name_en"))
 * private BilingualText name;
 * }</pre>
 *
 * (the module's persistence unit lists this class, as it lives in the kernel's jar).
 */
@Embeddable
public class BilingualText implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "sq")
    private String sq;

    @Column(name = "en")
    private String en;

    protected BilingualText() {
    }

    private BilingualText(String sq, String en) {
        this.sq = blankToNull(sq);
        this.en = blankToNull(en);
    }

    /** Blank texts count as missing. */
    public static BilingualText of(String albanian, String english) {
        return new BilingualText(albanian, english);
    }

    /** A text written in one language only (what a person wrote in the language they were reading). */
    public static BilingualText only(Language language, String text) {
        return language == Language.EN ? of(null, text) : of(text, null);
    }

    public String getSq() {
        return sq;
    }

    public String getEn() {
        return en;
    }

    /**
     * The text of exactly that language, or null: for what belongs to one language's version (a
     * comment on a paragraph of the English text), never for showing, which {@link #in} does.
     */
    public String exactly(Language language) {
        return language == Language.EN ? en : sq;
    }

    /** A copy with that language's text replaced and the other's kept. */
    public BilingualText with(Language language, String text) {
        return language == Language.EN ? of(sq, text) : of(text, en);
    }

    public boolean isEmpty() {
        return sq == null && en == null;
    }

    /** The text for a reader: theirs, or the other language's when that is all there is. */
    public String in(Locale reader) {
        return Bilingual.pick(reader, sq, en);
    }

    /** The language of {@link #in}, for the {@code lang} attribute of what shows it. */
    public String languageIn(Locale reader) {
        return Bilingual.language(reader, sq, en);
    }

    /** The text for a reader with its language and whether it is the other language's. */
    public Shown shownTo(Locale reader) {
        String lang = languageIn(reader);
        return new Shown(in(reader), lang, !lang.equals("en".equals(reader.getLanguage()) ? "en" : "sq"));
    }

    /**
     * @param text     what shows (null when neither language has it)
     * @param lang     its language code
     * @param fallback it is in the other language than the reader's
     */
    public record Shown(String text, String lang, boolean fallback) implements Serializable {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BilingualText b && Objects.equals(sq, b.sq) && Objects.equals(en, b.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sq, en);
    }

    @Override
    public String toString() {
        return "sq=" + sq + ", en=" + en;
    }
}
