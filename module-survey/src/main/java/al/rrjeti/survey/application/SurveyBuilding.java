package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes surveys from their definitions: editors (and the seed) build them, checked whole before anything is saved. */
@ApplicationScoped
public class SurveyBuilding {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    /**
     * One question. {@code options} for choices and matrices (the scale), {@code rows} for a
     * matrix's items, {@code min}/{@code max} for a scale; {@code showIfQuestion} and
     * {@code showIfOption} (0-based) ask it only after that option of an earlier question.
     */
    public record QuestionDef(String code, QuestionKind kind, boolean required, BilingualText text, BilingualText help,
            Integer min, Integer max, List<BilingualText> options, List<BilingualText> rows, String showIfQuestion,
            Integer showIfOption) {
    }

    public record SurveyDef(String code, BilingualText title, BilingualText intro, Instant opensAt, Instant closesAt,
            List<QuestionDef> questions) {
    }

    @Inject
    private SurveyRepository surveys;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private Audit audit;

    /** An editor publishes a survey. */
    @Transactional
    public Survey create(SurveyDef def) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.BUILD);
        Survey s = build(def);
        audit.record(caller.auditName(), "survey.survey.created", "survey " + s.getId(), def.code());
        return s;
    }

    /** The seed's survey, when no survey has its code yet. */
    @Transactional
    public boolean ensure(SurveyDef def) {
        publicChange.fire(PublicContentChanged.of("survey"));
        if (surveys.byCode(def.code()).isPresent()) {
            return false;
        }
        build(def);
        return true;
    }

    /** Moves a survey's opening and closing (editors). */
    @Transactional
    public void schedule(Long surveyId, Instant opensAt, Instant closesAt) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.BUILD);
        if (opensAt == null || closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InvalidInputException("closesAt", "survey.build.dates");
        }
        surveys.find(surveyId).orElseThrow(() -> new BusinessException("survey.unknown")).schedule(opensAt, closesAt);
    }

    private Survey build(SurveyDef def) {
        check(def);
        Survey survey = new Survey(def.code(), def.title(), def.intro(), def.opensAt(), def.closesAt());
        surveys.add(survey);
        Map<String, List<Long>> optionIds = new HashMap<>();
        int position = 0;
        for (QuestionDef q : def.questions()) {
            Question question = new Question(survey.getId(), ++position, q.code(), q.kind(), q.required(), q.text(),
                    q.help(), q.min(), q.max());
            if (q.showIfQuestion() != null) {
                question.showOnlyIf(optionIds.get(q.showIfQuestion()).get(q.showIfOption()));
            }
            surveys.add(question);
            List<Long> ids = new ArrayList<>();
            int n = 0;
            for (BilingualText label : nonNull(q.options())) {
                Choice c = new Choice(question.getId(), Choice.OPTION, ++n, label);
                surveys.add(c);
                ids.add(c.getId());
            }
            n = 0;
            for (BilingualText label : nonNull(q.rows())) {
                surveys.add(new Choice(question.getId(), Choice.ROW, ++n, label));
            }
            optionIds.put(q.code(), ids);
        }
        return survey;
    }

    private void check(SurveyDef def) {
        List<Violation> v = new ArrayList<>();
        if (def.code() == null || !def.code().matches("[a-z0-9-]{2,60}")) {
            v.add(new Violation("code", "survey.build.code"));
        } else if (surveys.byCode(def.code()).isPresent()) {
            v.add(new Violation("code", "survey.build.code-taken"));
        }
        if (def.title() == null || def.title().getSq() == null) {
            v.add(new Violation("titleSq", "survey.input.required"));
        }
        if (def.opensAt() == null || def.closesAt() != null && !def.closesAt().isAfter(def.opensAt())) {
            v.add(new Violation("closesAt", "survey.build.dates"));
        }
        if (def.questions() == null || def.questions().isEmpty()) {
            v.add(new Violation("questions", "survey.build.no-questions"));
            InvalidInputException.throwIfAny(v);
        }
        Map<String, QuestionDef> seen = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (QuestionDef q : def.questions()) {
            String field = "question-" + q.code();
            if (q.code() == null || !q.code().matches("[a-z0-9-]{1,30}") || !codes.add(q.code())) {
                v.add(new Violation(field, "survey.build.question-code"));
            }
            if (q.kind() == null || q.text() == null || q.text().getSq() == null) {
                v.add(new Violation(field, "survey.input.required"));
                continue;
            }
            if (q.kind().hasOptions() && nonNull(q.options()).size() < 2) {
                v.add(new Violation(field, "survey.build.options"));
            }
            if (q.kind() == QuestionKind.MATRIX && nonNull(q.rows()).isEmpty()) {
                v.add(new Violation(field, "survey.build.rows"));
            }
            if (q.kind() == QuestionKind.SCALE && (q.min() == null || q.max() == null || q.min() >= q.max())) {
                v.add(new Violation(field, "survey.build.scale"));
            }
            if (q.showIfQuestion() != null) {
                QuestionDef earlier = seen.get(q.showIfQuestion());
                if (earlier == null || q.showIfOption() == null || q.showIfOption() < 0
                        || q.showIfOption() >= nonNull(earlier.options()).size()) {
                    v.add(new Violation(field, "survey.build.condition"));
                }
            }
            seen.put(q.code(), q);
        }
        InvalidInputException.throwIfAny(v);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
