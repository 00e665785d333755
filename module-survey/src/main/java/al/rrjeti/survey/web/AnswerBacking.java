package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.Keys;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.Survey;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code survey/answer.xhtml?id=}: one form with every question; the answers go to the service in
 * one piece, and each refusal shows beside its question. Values arrive as text and are read here;
 * anything that is not a number becomes an id no question has, which the service refuses.
 */
@Named("surveyAnswerBacking")
@ViewScoped
public class AnswerBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyAnswering answering;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private Keys keys;

    @Inject
    private Messages messages;

    @Inject
    private BrowserToken browser;

    private Long id;
    private Survey survey;
    private List<Question> questions;
    private List<Choice> choices;
    private final Map<Long, String> single = new HashMap<>();
    private final Map<Long, Object> multiple = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Map<Long, String>> matrix = new HashMap<>();
    private final Map<Long, String> problems = new HashMap<>();
    private boolean sent;

    public void load() {
        survey = Pages.read(() -> answering.survey(id), caller.isLoggedIn());
        if (survey == null) {
            return;
        }
        if (!caller.isLoggedIn() && !survey.isAnonymous()) {
            Pages.refuse(false);
        } else if (!caller.isLoggedIn() && keys.available()) {
            browser.ensureToken();
        }
    }

    public Survey getSurvey() {
        if (survey == null && id != null) {
            try {
                survey = answering.survey(id);
            } catch (BusinessException e) {
                return null;
            }
        }
        return survey;
    }

    public List<Question> getQuestions() {
        if (questions == null) {
            questions = answering.questions(id);
            choices = answering.choices(id);
            questions.forEach(q -> matrix.computeIfAbsent(q.getId(), k -> new HashMap<>()));
        }
        return questions;
    }

    public List<Choice> options(Question q) {
        getQuestions();
        return choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && !c.isRow()).toList();
    }

    public List<Choice> rows(Question q) {
        getQuestions();
        return choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && c.isRow()).toList();
    }

    public List<Integer> numbers(Question q) {
        List<Integer> n = new ArrayList<>();
        for (int i = q.getMinValue(); i <= q.getMaxValue(); i++) {
            n.add(i);
        }
        return n;
    }

    /** The label of the option a conditional question depends on. */
    public Choice condition(Question q) {
        getQuestions();
        return choices.stream().filter(c -> c.getId().equals(q.getShowIfChoiceId())).findFirst().orElse(null);
    }

    /** 1-based place of the question, as the page numbers it. */
    public int number(Question q) {
        return getQuestions().indexOf(q) + 1;
    }

    public boolean isOpen() {
        return getSurvey() != null && getSurvey().isOpenAt(clock.now());
    }

    public boolean isClosed() {
        return getSurvey() != null && getSurvey().isClosedAt(clock.now());
    }

    public boolean isAnswered() {
        if (id == null) {
            return false;
        }
        return caller.isLoggedIn() ? answering.hasAnswered(id) : answering.hasAnsweredFrom(id, browser.token());
    }

    /** Whether the survey asks the caller (its target audience); visitors without an account when it allows them. */
    public boolean isAsked() {
        return getSurvey() != null && (caller.isLoggedIn() ? answering.asks(getSurvey()) : getSurvey().isAnonymous());
    }

    public boolean isLoggedIn() {
        return caller.isLoggedIn();
    }

    public boolean isAvailable() {
        return keys.available();
    }

    public void submit() {
        problems.clear();
        Map<Long, Given> given = new HashMap<>();
        for (Question q : getQuestions()) {
            Given g = switch (q.getKind()) {
                case SINGLE -> Given.choice(id(single.get(q.getId())));
                case MULTIPLE -> Given.choice(ids(multiple.get(q.getId())).toArray(Long[]::new));
                case SCALE -> Given.number(number(single.get(q.getId())));
                case NUMBER -> Given.number(number(texts.get(q.getId())));
                case MATRIX -> {
                    Map<Long, Long> rows = new HashMap<>();
                    matrix.get(q.getId()).forEach((row, option) -> rows.put(row, id(option)));
                    yield Given.rows(rows);
                }
                case SHORT_TEXT, LONG_TEXT -> Given.text(texts.get(q.getId()));
            };
            if (!g.isEmpty()) {
                given.put(q.getId(), g);
            }
        }
        try {
            if (caller.isLoggedIn()) {
                answering.submit(id, given);
            } else {
                answering.submitAnonymously(id, given, browser.token(), Messages.client());
            }
            sent = true;
            messages.info("survey.answer.sent");
        } catch (InvalidInputException e) {
            for (InvalidInputException.Violation v : e.violations()) {
                String text = messages.text(v.messageKey(), v.arguments().toArray());
                getQuestions().stream().filter(q -> ("q" + q.getId()).equals(v.field())).findFirst().ifPresentOrElse(
                        q -> {
                            problems.put(q.getId(), text);
                            messages.error(null, "survey.answer.at", number(q), text);
                        }, () -> messages.error(null, v.messageKey(), v.arguments().toArray()));
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    private static Long id(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Integer number(String s) {
        Long n = id(s);
        return n == null ? null : n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? Integer.MIN_VALUE : n.intValue();
    }

    /** selectManyCheckbox into a map gives an array or a collection, of strings. */
    private static List<Long> ids(Object values) {
        List<Long> out = new ArrayList<>();
        Collection<?> all = values instanceof Object[] a ? List.of(a) : values instanceof Collection<?> c ? c : List.of();
        for (Object o : all) {
            Long v = id(String.valueOf(o));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    public String problem(Question q) {
        return problems.get(q.getId());
    }

    public boolean isSent() {
        return sent;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<Long, String> getSingle() {
        return single;
    }

    public Map<Long, Object> getMultiple() {
        return multiple;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, Map<Long, String>> getMatrix() {
        getQuestions();
        return matrix;
    }
}
