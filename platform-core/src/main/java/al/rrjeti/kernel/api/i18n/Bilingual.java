package al.rrjeti.kernel.api.i18n;

import java.util.Locale;

/** Texts kept in both languages: the reader's, or the other one when only that exists. */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(Locale reader, String albanian, String english) {
        boolean en = "en".equals(reader.getLanguage());
        String preferred = en ? english : albanian;
        return preferred != null ? preferred : en ? albanian : english;
    }

    /** The language ({@code sq} or {@code en}) of what {@link #pick} gives, for a page's {@code lang} attribute. */
    public static String language(Locale reader, String albanian, String english) {
        boolean en = "en".equals(reader.getLanguage());
        return (en ? english : albanian) != null ? (en ? "en" : "sq") : (en ? "sq" : "en");
    }
}
