package al.rrjeti.kernel.spi;

/**
 * One thing a module makes findable. A document whose texts exist in both languages gives each
 * language apart ({@link #bilingual}), so that each is analysed as its language and the reader
 * sees the title and snippet in the reader's language, the other only as a marked fallback. A
 * document of one unknown language (a forum post) gives one title and one text.
 *
 * @param key      unique within the module, e.g. {@code publication-42}
 * @param title    shown as the result's heading: the Albanian title, or the only one
 * @param text     everything to search in: the Albanian text (summary, the text of Albanian files),
 *                 or, without {@code textEn}, everything in whatever language
 * @param link     path inside the application the result leads to
 * @param audience who may find it
 * @param titleEn  the English title; null when there is none or the document has one language only
 * @param textEn   the English text; null when the document gives one text for all
 * @param group    null for everyone in the audience; else only readers whose module says they
 *                 belong to this group ({@link SearchProvider#groupsOf}) find it, e.g. the
 *                 members of one chat room
 */
public record SearchDocument(String key, String title, String text, String link, Audience audience,
        String titleEn, String textEn, String group) {

    /** A document of one, unnamed language: indexed and shown as it is. */
    public SearchDocument(String key, String title, String text, String link, Audience audience) {
        this(key, title, text, link, audience, null, null, null);
    }

    /** A document for its whole audience. */
    public SearchDocument(String key, String title, String text, String link, Audience audience, String titleEn,
            String textEn) {
        this(key, title, text, link, audience, titleEn, textEn, null);
    }

    public SearchDocument {
        if (group != null && (group.isBlank() || group.length() > 100 || "*".equals(group))) {
            throw new IllegalArgumentException("A search group is a name of 1 to 100 characters, not '" + group + "'");
        }
    }

    /** The same document, found only by readers in {@code group} (see {@link SearchProvider#groupsOf}). */
    public SearchDocument inGroup(String group) {
        return new SearchDocument(key, title, text, link, audience, titleEn, textEn, group);
    }

    /** A document with its Albanian and English parts apart (either may be null when missing). */
    public static SearchDocument bilingual(String key, String link, Audience audience, String titleSq,
            String titleEn, String textSq, String textEn) {
        return new SearchDocument(key, titleSq, textSq == null ? "" : textSq, link, audience, titleEn,
                textEn == null ? "" : textEn);
    }

    /** Whether the languages are given apart. */
    public boolean isBilingual() {
        return textEn != null;
    }
}
