package al.rrjeti.survey.application;

import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person gave for one question: options (one for a single choice), a number (a scale),
 * an option per row (a matrix) or a text. Anything else it holds is refused as tampered with.
 */
public record Given(List<Long> choices, Integer number, Map<Long, Long> rows, String text) {

    public Given {
        choices = choices == null ? List.of() : List.copyOf(choices);
        rows = rows == null ? Map.of() : Map.copyOf(rows);
        text = text == null ? "" : text;
    }

    public static Given choice(Long... ids) {
        return new Given(Stream.of(ids).filter(id -> id != null).toList(), null, null, null);
    }

    public static Given number(Integer n) {
        return new Given(null, n, null, null);
    }

    public static Given rows(Map<Long, Long> rowToOption) {
        Map<Long, Long> clean = new LinkedHashMap<>();
        rowToOption.forEach((r, c) -> {
            if (r != null && c != null) {
                clean.put(r, c);
            }
        });
        return new Given(null, null, clean, null);
    }

    public static Given text(String text) {
        return new Given(null, null, null, text);
    }

    public boolean isEmpty() {
        return choices.isEmpty() && number == null && rows.isEmpty() && text.isBlank();
    }

    /**
     * Whether it holds only what a form sends for a question of this kind: options for a choice,
     * an option per row for a matrix, a number for a scale or a number, a text for a text.
     */
    public boolean fits(QuestionKind kind) {
        return switch (kind) {
            case SINGLE, MULTIPLE -> number == null && rows.isEmpty() && text.isEmpty();
            case MATRIX -> choices.isEmpty() && number == null && text.isEmpty();
            case SCALE, NUMBER -> choices.isEmpty() && rows.isEmpty() && text.isEmpty();
            case SHORT_TEXT, LONG_TEXT -> choices.isEmpty() && rows.isEmpty() && number == null;
        };
    }

    /** Every option it names, rows' included (for questions asked only after an option). */
    public Set<Long> allChoices() {
        return Stream.concat(choices.stream(), rows.values().stream()).collect(Collectors.toSet());
    }

    /** The form field of a question's answer, for messages beside it. */
    public static String field(Question q) {
        return "q" + q.getId();
    }
}
