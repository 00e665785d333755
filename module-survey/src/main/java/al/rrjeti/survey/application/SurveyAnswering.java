package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Participation;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Response;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes a person's answers to a survey, once (a visitor's, once per browser, when the survey allows
 * it). Everything is checked before anything is written; then, in one transaction, only the
 * submission's own rows: the anonymous response and answers (random ids, the day and the coarse
 * respondent group only) and, last, the "has answered" marker (a keyed hash, apart, at a random
 * place; its primary key is where a second submission of the same person is refused, even at the
 * same moment). The tallies are not touched here: {@link Folding} adds committed responses to
 * them shortly after, so submissions to one survey never queue on its counts. Answers are never
 * logged.
 */
@ApplicationScoped
public class SurveyAnswering {

    /** The fold is told once the submission is committed (results and cached pages change with the fold). */
    @Inject
    private Event<Folding.Submitted> submitted;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private Keys keys;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private SurveyAudience audience;

    @Inject
    private RateLimits limits;

    @Inject
    private SurveySettings settings;

    public Survey survey(Long id) {
        return surveys.find(id).filter(Survey::isPublished).orElseThrow(() -> new BusinessException("survey.unknown"));
    }

    public List<Question> questions(Long surveyId) {
        return surveys.questions(surveyId);
    }

    public List<Choice> choices(Long surveyId) {
        return surveys.choices(surveyId);
    }

    /** Whether the caller has answered the survey already (false for anonymous visitors or without the secret). */
    public boolean hasAnswered(Long surveyId) {
        return keys.available() && caller.account()
                .map(p -> surveys.participated(keys.participant(p.getId(), surveyId))).orElse(false);
    }

    /**
     * Records the caller's answers, by question id.
     *
     * @throws BusinessException {@code survey.closed}, {@code survey.not-open}, {@code survey.answer.already},
     *                           {@code survey.unavailable}, {@code survey.target.*}; {@link InvalidInputException}
     *                           for each bad answer
     */
    @Transactional
    public void submit(Long surveyId, Map<Long, Given> given) {
        permissions.require(SurveyModule.ANSWER);
        long account = caller.requireAccount().getId();
        Survey survey = open(surveyId);
        audience.require(survey);
        record(survey, keys.participant(account, surveyId), audience.group(), given);
    }

    /**
     * Records the answers of a visitor without an account, when the survey allows it: once per
     * browser (the signed token of its cookie, kept only as a keyed hash) and a few times per hour
     * per client address (cleared cookies do not give unlimited answers).
     *
     * @throws BusinessException {@code survey.anonymous.not-allowed}, {@code survey.anonymous.cookie},
     *                           {@code survey.anonymous.limited} (with the wait left) and those of {@link #submit}
     */
    @Transactional
    public void submitAnonymously(Long surveyId, Map<Long, Given> given, String browserToken, String clientAddress) {
        Survey survey = open(surveyId);
        if (!survey.isAnonymous()) {
            throw new BusinessException("survey.anonymous.not-allowed");
        }
        if (!keys.isBrowserToken(browserToken)) {
            throw new BusinessException("survey.anonymous.cookie");
        }
        RateLimit perAddress = settings.anonymousPerAddress();
        String address = "survey:" + clientAddress;
        // Checked now, spent only once the answers are taken: a refused form costs nothing.
        limits.check(address, "survey.anonymous.limited", perAddress);
        record(survey, keys.browser(browserToken, surveyId), RespondentGroup.OTHER, given);
        limits.spend(address, perAddress);
    }

    /** Whether the survey asks the caller (logged in): its target audience. */
    public boolean asks(Survey survey) {
        return audience.includesCaller(survey);
    }

    /** Whether this browser has answered the survey (anonymous visitors). */
    public boolean hasAnsweredFrom(Long surveyId, String browserToken) {
        return keys.available() && keys.isBrowserToken(browserToken)
                && surveys.participated(keys.browser(browserToken, surveyId));
    }

    private Survey open(Long surveyId) {
        // Not locked: submissions to one survey do not wait for each other. An editor cannot change
        // its questions once it has a response (SurveyBuilding counts the rows, committed or not).
        Survey survey = surveys.find(surveyId).filter(Survey::isPublished)
                .orElseThrow(() -> new BusinessException("survey.unknown"));
        if (survey.isClosedAt(clock.now())) {
            throw new BusinessException("survey.closed");
        }
        if (!survey.isOpenAt(clock.now())) {
            throw new BusinessException("survey.not-open");
        }
        return survey;
    }

    private void record(Survey survey, String marker, RespondentGroup group, Map<Long, Given> given) {
        Long surveyId = survey.getId();
        if (surveys.participated(marker)) {
            throw new BusinessException("survey.answer.already");
        }
        SurveyRepository.Structure structure = surveys.structure(surveyId);
        List<Answer> answers = check(structure.questions(), structure.choices(), given);

        LocalDate today = LocalDate.ofInstant(clock.now(), dateTimes.zone());
        Response response = new Response(surveyId, today, group);
        surveys.add(response);
        for (Answer a : answers) {
            surveys.add(rebind(a, response.getId()));
        }
        // Last: its primary key refuses the same person's second submission, even one at the same moment.
        if (!surveys.addShuffled(new Participation(marker))) {
            throw new BusinessException("survey.answer.already");
        }
        submitted.fire(new Folding.Submitted());
    }

    /** Every problem of the answers at once, or the answers to store (under a placeholder response). */
    private static List<Answer> check(List<Question> questions, List<Choice> choices, Map<Long, Given> given) {
        List<Violation> v = new ArrayList<>();
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::getId, q -> q));
        for (Long id : given.keySet()) {
            if (!byId.containsKey(id)) {
                v.add(new Violation("survey", "survey.answer.invalid"));
            }
        }
        Set<Long> chosen = given.values().stream().filter(g -> g != null)
                .flatMap(g -> g.allChoices().stream()).collect(Collectors.toSet());
        List<Answer> answers = new ArrayList<>();
        for (Question q : questions) {
            boolean asked = q.getShowIfChoiceId() == null || chosen.contains(q.getShowIfChoiceId());
            Given g = given.get(q.getId());
            if (!asked || g == null || g.isEmpty()) {
                if (asked && q.isRequired()) {
                    v.add(new Violation(Given.field(q), "survey.answer.required"));
                }
                continue;
            }
            Set<Long> options = ids(choices, q, false);
            Set<Long> rows = ids(choices, q, true);
            int before = v.size();
            List<Answer> mine = new ArrayList<>();
            if (!g.fits(q.getKind())) {
                // A form sends one kind of answer per question: anything more was made by hand.
                v.add(new Violation(Given.field(q), "survey.answer.invalid"));
                continue;
            }
            switch (q.getKind()) {
                case SINGLE, MULTIPLE -> {
                    if (g.choices().isEmpty() || !options.containsAll(g.choices())
                            || new HashSet<>(g.choices()).size() < g.choices().size()
                            || q.getKind() == al.rrjeti.survey.domain.QuestionKind.SINGLE && g.choices().size() > 1) {
                        v.add(new Violation(Given.field(q), "survey.answer.invalid"));
                    }
                    g.choices().forEach(c -> mine.add(Answer.choice("", q.getId(), null, c)));
                }
                case MATRIX -> {
                    if (!rows.containsAll(g.rows().keySet()) || !options.containsAll(g.rows().values())) {
                        v.add(new Violation(Given.field(q), "survey.answer.invalid"));
                    } else if (q.isRequired() && !g.rows().keySet().containsAll(rows)) {
                        v.add(new Violation(Given.field(q), "survey.answer.rows"));
                    }
                    g.rows().forEach((row, c) -> mine.add(Answer.choice("", q.getId(), row, c)));
                }
                case SCALE, NUMBER -> {
                    Integer n = g.number();
                    if (n == null || n < q.getMinValue() || n > q.getMaxValue()) {
                        v.add(new Violation(Given.field(q), "survey.answer.range", q.getMinValue(), q.getMaxValue()));
                    } else {
                        mine.add(Answer.number("", q.getId(), n));
                    }
                }
                case SHORT_TEXT, LONG_TEXT -> {
                    String text = g.text().strip();
                    if (text.length() > q.getKind().maxLength()) {
                        v.add(new Violation(Given.field(q), "survey.input.length", q.getKind().maxLength()));
                    } else {
                        mine.add(Answer.text("", q.getId(), text));
                    }
                }
                default -> throw new IllegalStateException(q.getKind().name());
            }
            if (v.size() == before) {
                answers.addAll(mine);
            }
        }
        InvalidInputException.throwIfAny(v);
        return answers;
    }

    private static Set<Long> ids(List<Choice> choices, Question q, boolean rows) {
        return choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && c.isRow() == rows)
                .map(Choice::getId).collect(Collectors.toSet());
    }

    private static Answer rebind(Answer a, String responseId) {
        if (a.getText() != null) {
            return Answer.text(responseId, a.getQuestionId(), a.getText());
        }
        if (a.getNumber() != null) {
            return Answer.number(responseId, a.getQuestionId(), a.getNumber());
        }
        return Answer.choice(responseId, a.getQuestionId(), a.getRowId(), a.getChoiceId());
    }
}
