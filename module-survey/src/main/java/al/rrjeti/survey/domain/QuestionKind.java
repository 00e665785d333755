package al.rrjeti.survey.domain;

import java.util.Locale;

/** The kinds of question a survey asks. */
public enum QuestionKind {
    /** One option (a Likert scale is one with ordered labels). */
    SINGLE,
    /** Any number of options. */
    MULTIPLE,
    /** A whole number between the question's minimum and maximum (0–10). */
    SCALE,
    /** Several items (rows), each answered with one option of the same scale. */
    MATRIX,
    /** A whole number between the question's minimum and maximum, typed (an amount, an age). */
    NUMBER,
    /** A line of text, up to 300 characters. */
    SHORT_TEXT,
    /** A paragraph, up to 4000 characters. */
    LONG_TEXT;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == MATRIX;
    }

    /** Answered with a number, summed for a mean. */
    public boolean isNumeric() {
        return this == SCALE || this == NUMBER;
    }

    public int maxLength() {
        return this == SHORT_TEXT ? 300 : 4000;
    }
}
