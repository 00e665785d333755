package al.rrjeti.kernel.i18n;

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
}
