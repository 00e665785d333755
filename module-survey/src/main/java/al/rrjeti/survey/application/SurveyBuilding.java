package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds and edits surveys: the platform's editors any survey, members of a verified CSO the
 * surveys of their organisation. A definition is checked whole before anything is saved; once a
 * survey has answers its questions stay as they are (the answers refer to them), the rest can change.
 */
@ApplicationScoped
public class SurveyBuilding {

    /** Staff who build for the platform as a whole. */
    private static final java.util.Set<Role> EDITORS = EnumSet.of(Role.EDITOR, Role.OPERATOR);

    /**
     * One question. {@code options} for choices and matrices (the scale), {@code rows} for a
     * matrix's items, {@code min}/{@code max} for a scale or a number; {@code showIfQuestion} and
     * {@code showIfOption} (0-based) ask it only after that option of an earlier question;
     * {@code section}, when given, is the heading of a new section that starts with this question.
     */
    public record QuestionDef(String code, QuestionKind kind, boolean required, BilingualText text, BilingualText help,
            Integer min, Integer max, List<BilingualText> options, List<BilingualText> rows, String showIfQuestion,
            Integer showIfOption, BilingualText section) {

        public QuestionDef(String code, QuestionKind kind, boolean required, BilingualText text, BilingualText help,
                Integer min, Integer max, List<BilingualText> options, List<BilingualText> rows, String showIfQuestion,
                Integer showIfOption) {
            this(code, kind, required, text, help, min, max, options, rows, showIfQuestion, showIfOption, null);
        }
    }

    /**
     * A whole survey. {@code organisationId}: the verified CSO building it (null for the platform's
     * editors). {@code questions} null when only the rest changes.
     */
    public record SurveyDef(String code, BilingualText title, BilingualText intro, Instant opensAt, Instant closesAt,
            List<QuestionDef> questions, Target target, boolean anonymous, Long organisationId) {

        public SurveyDef(String code, BilingualText title, BilingualText intro, Instant opensAt, Instant closesAt,
                List<QuestionDef> questions) {
            this(code, title, intro, opensAt, closesAt, questions, Target.EVERYONE, false, null);
        }
    }

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private Audit audit;

    /** Publishes a new survey (editors; members of a verified CSO for their organisation). */
    @Transactional
    public Survey create(SurveyDef def) {
        publicChange.fire(PublicContentChanged.of("survey"));
        requireBuilder(def.organisationId());
        List<Violation> v = SurveyChecks.details(def);
        if (def.code() != null && surveys.byCode(def.code()).isPresent()) {
            v.add(new Violation("code", "survey.build.code-taken"));
        }
        SurveyChecks.questions(def.questions(), v);
        SurveyChecks.throwIfAny(v);
        Survey s = build(def);
        audit.record(caller.auditName(), "survey.survey.created", "survey " + s.getId(), def.code());
        return s;
    }

    /**
     * Changes a survey. Its code and organisation stay. {@code def.questions()} null keeps the
     * questions; given for a survey that has answers, it is refused ({@code survey.build.answered}).
     */
    @Transactional
    public Survey update(Long surveyId, SurveyDef def) {
        publicChange.fire(PublicContentChanged.of("survey"));
        Survey survey = editable(surveyId);
        // The rows, not the survey's count: responses not yet folded into the tallies count too.
        long responses = def.questions() == null ? 0 : surveys.countResponses(surveyId);
        if (responses > 0) {
            throw new BusinessException("survey.build.answered", responses);
        }
        List<Violation> v = SurveyChecks.details(new SurveyDef(survey.getCode(), def.title(), def.intro(), def.opensAt(),
                def.closesAt(), def.questions(), def.target(), def.anonymous(), survey.getOrganisationId()));
        if (def.questions() != null) {
            SurveyChecks.questions(def.questions(), v);
        }
        SurveyChecks.throwIfAny(v);
        survey.describe(def.title(), def.intro(), def.opensAt(), def.closesAt(), def.target(), def.anonymous());
        if (def.questions() != null) {
            surveys.removeQuestions(surveyId);
            addQuestions(survey, def.questions());
        }
        audit.record(caller.auditName(), "survey.survey.changed", "survey " + surveyId, survey.getCode());
        return survey;
    }

    /** The seed's survey, when no survey has its code yet. */
    @Transactional
    public boolean ensure(SurveyDef def) {
        publicChange.fire(PublicContentChanged.of("survey"));
        if (surveys.byCode(def.code()).isPresent()) {
            return false;
        }
        List<Violation> v = SurveyChecks.details(def);
        SurveyChecks.questions(def.questions(), v);
        SurveyChecks.throwIfAny(v);
        build(def);
        return true;
    }

    /** Moves a survey's opening and closing (whoever may edit it). */
    @Transactional
    public void schedule(Long surveyId, Instant opensAt, Instant closesAt) {
        publicChange.fire(PublicContentChanged.of("survey"));
        Survey survey = editable(surveyId);
        if (opensAt == null || closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InvalidInputException("closesAt", "survey.build.dates");
        }
        survey.schedule(opensAt, closesAt);
    }

    /** The survey, if the caller may change it. */
    public Survey editable(Long surveyId) {
        permissions.require(SurveyModule.BUILD);
        Survey survey = surveys.find(surveyId).orElseThrow(() -> new BusinessException("survey.unknown"));
        if (!caller.hasAnyRole(EDITORS) && (survey.getOrganisationId() == null
                || !buildsFor().stream().anyMatch(o -> o.getId().equals(survey.getOrganisationId())))) {
            throw new AccessDeniedException();
        }
        return survey;
    }

    /** Whether the caller builds surveys for the platform (editors) rather than for an organisation. */
    public boolean buildsForPlatform() {
        return permissions.may(SurveyModule.BUILD) && caller.hasAnyRole(EDITORS);
    }

    /** The verified CSOs the caller is a member of: those they may build surveys for. */
    public List<OrganisationRef> buildsFor() {
        if (!permissions.may(SurveyModule.BUILD)) {
            return List.of();
        }
        return caller.account().map(p -> organisations.membershipsOf(p.getId()).stream()
                .map(m -> organisations.find(m.organisationId()).orElse(null)).filter(Objects::nonNull)
                .filter(o -> o.isVerified() && o.getType() == OrganisationType.CSO).toList()).orElse(List.of());
    }

    /** Surveys the caller may edit. */
    public List<Survey> mine() {
        if (buildsForPlatform()) {
            return surveys.published();
        }
        List<Long> orgs = buildsFor().stream().map(OrganisationRef::getId).toList();
        return surveys.published().stream().filter(s -> orgs.contains(s.getOrganisationId())).toList();
    }

    private void requireBuilder(Long organisationId) {
        permissions.require(SurveyModule.BUILD);
        if (organisationId == null ? !caller.hasAnyRole(EDITORS)
                : buildsFor().stream().noneMatch(o -> o.getId().equals(organisationId))) {
            throw new AccessDeniedException();
        }
    }

    private Survey build(SurveyDef def) {
        Survey survey = new Survey(def.code(), def.title(), def.intro(), def.opensAt(), def.closesAt());
        survey.askFor(def.target(), def.anonymous(), def.organisationId());
        surveys.add(survey);
        addQuestions(survey, def.questions());
        return survey;
    }

    private void addQuestions(Survey survey, List<QuestionDef> defs) {
        Map<String, List<Long>> optionIds = new HashMap<>();
        int position = 0;
        for (QuestionDef q : defs) {
            Question question = new Question(survey.getId(), ++position, q.code(), q.kind(), q.required(), q.text(),
                    q.help(), q.kind().isNumeric() ? q.min() : null, q.kind().isNumeric() ? q.max() : null);
            if (q.showIfQuestion() != null) {
                question.showOnlyIf(optionIds.get(q.showIfQuestion()).get(q.showIfOption()));
            }
            if (q.section() != null && !q.section().isEmpty()) {
                question.opensSection(q.section());
            }
            surveys.add(question);
            List<Long> ids = new ArrayList<>();
            int n = 0;
            for (BilingualText label : SurveyChecks.nonNull(q.kind().hasOptions() ? q.options() : null)) {
                Choice c = new Choice(question.getId(), Choice.OPTION, ++n, label);
                surveys.add(c);
                ids.add(c.getId());
            }
            n = 0;
            for (BilingualText label : SurveyChecks.nonNull(q.kind() == QuestionKind.MATRIX ? q.rows() : null)) {
                surveys.add(new Choice(question.getId(), Choice.ROW, ++n, label));
            }
            optionIds.put(q.code(), ids);
        }
    }
}
