package al.rrjeti.kernel.api.text;

/** CSV cells for exports opened in spreadsheets. */
public final class Csv {

    private Csv() {
    }

    /**
     * A quoted cell; a value a spreadsheet would take for a formula ({@code = + - @}) is prefixed
     * with an apostrophe, so that an export cannot run anything on the reader's computer.
     */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        String safe = s.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
