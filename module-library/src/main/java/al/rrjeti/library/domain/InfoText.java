package al.rrjeti.library.domain;

import java.util.List;
import java.util.Map;

/**
 * A text of the information package as a reader meets it: in the reader's language when the
 * package has it, otherwise in the other language, with that language named so that the page can
 * mark it ({@code lang} and "only in English"), the same rule as the kernel's {@code Bilingual}.
 * Fields come in pairs ({@code steps_sq}/{@code steps_en}); a field without a suffix carries no
 * language of its own (addresses, names, numbers) and is shown as it is.
 *
 * @param value   a string or a list of strings; null when the package has nothing
 * @param lang    the language of {@code value}: {@code sq}, {@code en}, or the reader's for a language-free field
 * @param foreign whether the value is in the other language, because the reader's is missing
 */
public record InfoText(Object value, String lang, boolean foreign) {

    /** The field {@code name} of {@code data} for a reader of {@code reader} ({@code sq} or {@code en}). */
    public static InfoText of(Map<String, Object> data, String name, String reader) {
        String mine = "en".equals(reader) ? "en" : "sq";
        String other = "en".equals(mine) ? "sq" : "en";
        String prefix = name.isEmpty() ? "" : name + "_";
        Object value = present(data.get(prefix + mine));
        if (value != null) {
            return new InfoText(value, mine, false);
        }
        value = present(data.get(prefix + other));
        if (value != null) {
            return new InfoText(value, other, true);
        }
        return new InfoText(name.isEmpty() ? null : present(data.get(name)), mine, false);
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
