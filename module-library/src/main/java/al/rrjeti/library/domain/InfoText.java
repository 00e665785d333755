package al.rrjeti.library.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import java.util.List;
import java.util.Map;

/**
 * A text of the information package as a reader meets it: in the reader's language when the
 * package has it, otherwise in the other language, with that language named so that the page can
 * mark it ({@code lang} and "only in English"). Which language shows is the kernel's
 * {@link BilingualText} rule; this record only carries the package's values, which may be lists.
 * Fields come in pairs ({@code steps_sq}/{@code steps_en}); a field without a suffix carries no
 * language of its own (addresses, names, numbers) and is shown as it is.
 *
 * @param value   a string or a list of strings; null when the package has nothing
 * @param lang    the language of {@code value}: {@code sq}, {@code en}, or the reader's for a language-free field
 * @param foreign whether the value is in the other language, because the reader's is missing
 */
public record InfoText(Object value, String lang, boolean foreign) {

    /** The field {@code name} of {@code data} for a reader of {@code reader}. */
    public static InfoText of(Map<String, Object> data, String name, Language reader) {
        String prefix = name.isEmpty() ? "" : name + "_";
        Object sq = present(data.get(prefix + Language.SQ.code()));
        Object en = present(data.get(prefix + Language.EN.code()));
        // The kernel's value decides which language shows; the package's value of that language is taken.
        BilingualText presence = BilingualText.of(sq == null ? null : String.valueOf(sq),
                en == null ? null : String.valueOf(en));
        if (presence.isEmpty()) {
            return new InfoText(name.isEmpty() ? null : present(data.get(name)), reader.code(), false);
        }
        BilingualText.Shown shown = presence.shownTo(reader.locale());
        return new InfoText(Language.SQ.code().equals(shown.lang()) ? sq : en, shown.lang(), shown.fallback());
    }

    /** A bilingual text for a reader of {@code reader}: empty, in the reader's language, when it has neither. */
    public static InfoText of(BilingualText text, Language reader) {
        if (text.isEmpty()) {
            return new InfoText(null, reader.code(), false);
        }
        BilingualText.Shown shown = text.shownTo(reader.locale());
        return new InfoText(shown.text(), shown.lang(), shown.fallback());
    }

    private static Object present(Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (v instanceof List<?> list) {
            return list.isEmpty() ? null : list.stream().map(String::valueOf).map(String::strip).toList();
        }
        return v == null ? null : String.valueOf(v);
    }

    /** The value as one text; null when there is none. */
    public String text() {
        return value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                : (String) value;
    }

    /** The value as a list (a single text becomes a list of one). */
    public List<String> items() {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of((String) value);
    }

    public boolean isEmpty() {
        return value == null;
    }

    /** JavaBean getters for pages. */
    public String getText() {
        return text();
    }

    public List<String> getItems() {
        return items();
    }

    public String getLang() {
        return lang;
    }

    public boolean isForeign() {
        return foreign;
    }
}
