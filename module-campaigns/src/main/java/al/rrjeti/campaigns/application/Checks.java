package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gathers every problem of a form before anything is saved, each with its field and message key.
 * Script and markup are not problems: what people type is kept as text and rendered safely.
 */
final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private final List<Violation> problems = new ArrayList<>();

    /** At least one of the two languages is written. */
    Checks eitherLanguage(String field, String sq, String en, String key) {
        if (blank(sq) && blank(en)) {
            problems.add(new Violation(field, key));
        }
        return this;
    }

    Checks required(String field, String value, String key) {
        if (blank(value)) {
            problems.add(new Violation(field, key));
        }
        return this;
    }

    Checks at(String field, boolean broken, String key, Object... arguments) {
        if (broken) {
            problems.add(new Violation(field, key, arguments));
        }
        return this;
    }

    Checks maxLength(String field, String value, int max) {
        return at(field, value != null && value.length() > max, "campaigns.input.too-long", max);
    }

    Checks email(String field, String value) {
        return at(field, !blank(value) && (value.length() > 200 || !EMAIL.matcher(value.strip()).matches()),
                "campaigns.input.email");
    }

    /** An address people can open: http or https only (never javascript:). */
    Checks link(String field, String value) {
        return at(field, !blank(value) && (value.length() > 500 || !value.strip().matches("(?i)https?://[^\\s<>\"]+")),
                "campaigns.input.link");
    }

    void throwIfAny() {
        InvalidInputException.throwIfAny(problems);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s) {
        return blank(s) ? null : s.strip();
    }
}
