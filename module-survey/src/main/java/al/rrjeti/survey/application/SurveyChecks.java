package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a survey's definition, all checked at once. Each violation names its field:
 * {@code code}, {@code titleSq}, {@code closesAt}, {@code target}, {@code questions}, or
 * {@code question-<n>} (1-based, as the builder numbers them) with the question's part in the key.
 */
final class SurveyChecks {

    /** A scale is a row of radio buttons: more than this many do not fit a phone. */
    static final int MAX_SCALE_STEPS = 21;

    private SurveyChecks() {
    }

    static List<Violation> details(SurveyDef def) {
        List<Violation> v = new ArrayList<>();
        if (def.code() == null || !def.code().matches("[a-z0-9-]{2,60}")) {
            v.add(new Violation("code", "survey.build.code"));
        }
        if (blank(def.title() == null ? null : def.title().getSq())) {
            v.add(new Violation("titleSq", "survey.input.required"));
        }
        if (def.opensAt() == null) {
            v.add(new Violation("opensAt", "survey.input.required"));
        } else if (def.closesAt() != null && !def.closesAt().isAfter(def.opensAt())) {
            v.add(new Violation("closesAt", "survey.build.dates"));
        }
        if (def.target() == null) {
            v.add(new Violation("target", "survey.input.required"));
        } else if (def.anonymous() && def.target() != Target.EVERYONE) {
            // Without an account nobody can show they are a citizen, a business or a member.
            v.add(new Violation("anonymous", "survey.build.anonymous-target"));
        }
        return v;
    }

    static void questions(List<QuestionDef> questions, List<Violation> v) {
        if (questions == null || questions.isEmpty()) {
            v.add(new Violation("questions", "survey.build.no-questions"));
            return;
        }
        Map<String, QuestionDef> earlier = new HashMap<>();
        Set<String> codes = new HashSet<>();
        int n = 0;
        for (QuestionDef q : questions) {
            String field = "question-" + ++n;
            if (q.code() == null || !q.code().matches("[a-z0-9-]{1,30}") || !codes.add(q.code())) {
                v.add(new Violation(field, "survey.build.question-code"));
            }
            if (q.kind() == null) {
                v.add(new Violation(field, "survey.build.kind"));
                continue;
            }
            if (q.text() == null || blank(q.text().getSq())) {
                v.add(new Violation(field, "survey.build.text"));
            }
            if (q.kind().hasOptions() && (nonNull(q.options()).size() < 2 || anyBlank(q.options()))) {
                v.add(new Violation(field, "survey.build.options"));
            }
            if (q.kind() == QuestionKind.MATRIX && (nonNull(q.rows()).isEmpty() || anyBlank(q.rows()))) {
                v.add(new Violation(field, "survey.build.rows"));
            }
            if (q.kind().isNumeric() && (q.min() == null || q.max() == null || q.min() >= q.max())) {
                v.add(new Violation(field, "survey.build.scale"));
            } else if (q.kind() == QuestionKind.SCALE && q.max() - q.min() >= MAX_SCALE_STEPS) {
                v.add(new Violation(field, "survey.build.scale-steps", MAX_SCALE_STEPS));
            }
            if (q.showIfQuestion() != null) {
                QuestionDef before = earlier.get(q.showIfQuestion());
                if (before == null || before.kind() == null || !before.kind().hasOptions() || q.showIfOption() == null
                        || q.showIfOption() < 0 || q.showIfOption() >= nonNull(before.options()).size()) {
                    v.add(new Violation(field, "survey.build.condition"));
                }
            }
            if (q.code() != null) {
                earlier.put(q.code(), q);
            }
        }
    }

    static void throwIfAny(List<Violation> v) {
        InvalidInputException.throwIfAny(v);
    }

    private static boolean anyBlank(List<BilingualText> texts) {
        return texts.stream().anyMatch(t -> t == null || blank(t.getSq()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
