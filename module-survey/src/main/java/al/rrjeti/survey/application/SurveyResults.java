package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Summary;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey's results from its running tallies (never from the answers), and the free-text answers
 * moderators have let through. Nothing here can single out a response.
 */
@ApplicationScoped
public class SurveyResults {

    /** How many answered one option (of one row, in a matrix), and their share of those who answered. */
    public record Count(Choice option, long answers, double percent) {
    }

    /** One item of a matrix with its counts per option. */
    public record RowCounts(Choice row, long answered, List<Count> counts) {
    }

    /** One number of a scale and how many chose it. */
    public record Value(int value, long answers, double percent) {
    }

    /** One question's results; which parts are filled depends on its kind. */
    public record QuestionResult(Question question, long answered, List<Count> counts, List<RowCounts> rows,
            Summary summary, List<Value> values, List<String> texts) {
    }

    public record Results(Survey survey, List<QuestionResult> questions) {
    }

    @Inject
    private SurveyRepository surveys;

    public Results of(Long surveyId) {
        Survey survey = surveys.find(surveyId).filter(Survey::isPublished)
                .orElseThrow(() -> new BusinessException("survey.unknown"));
        Map<String, Long> tallies = new HashMap<>();
        for (Tally t : surveys.tallies(surveyId)) {
            tallies.put(t.getQuestionId() + "/" + t.getRowId() + "/" + t.getValueKey(), t.getAnswers());
        }
        Map<Long, List<String>> texts = new HashMap<>();
        for (Answer a : surveys.texts(surveyId, Answer.TextStatus.APPROVED)) {
            texts.computeIfAbsent(a.getQuestionId(), k -> new ArrayList<>()).add(a.getText());
        }
        List<Choice> choices = surveys.choices(surveyId);
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : surveys.questions(surveyId)) {
            List<Choice> options = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && !c.isRow()).toList();
            List<Choice> rows = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && c.isRow()).toList();
            long answered = q.getAnswered();
            List<Count> counts = List.of();
            List<RowCounts> rowCounts = List.of();
            List<Value> values = List.of();
            if (q.getKind() == QuestionKind.SINGLE || q.getKind() == QuestionKind.MULTIPLE) {
                counts = counts(tallies, q, Tally.NO_ROW, options, answered);
            } else if (q.getKind() == QuestionKind.MATRIX) {
                rowCounts = rows.stream().map(r -> {
                    long inRow = options.stream()
                            .mapToLong(o -> tallies.getOrDefault(q.getId() + "/" + r.getId() + "/" + o.getId(), 0L)).sum();
                    return new RowCounts(r, inRow, counts(tallies, q, r.getId(), options, inRow));
                }).toList();
            } else if (q.getKind() == QuestionKind.SCALE) {
                List<Value> vs = new ArrayList<>();
                for (int n = q.getMinValue(); n <= q.getMaxValue(); n++) {
                    long c = tallies.getOrDefault(q.getId() + "/" + Tally.NO_ROW + "/" + n, 0L);
                    vs.add(new Value(n, c, percent(c, answered)));
                }
                values = vs;
            }
            out.add(new QuestionResult(q, answered, counts, rowCounts, q.summary(), values,
                    texts.getOrDefault(q.getId(), List.of())));
        }
        return new Results(survey, out);
    }

    private static List<Count> counts(Map<String, Long> tallies, Question q, long row, List<Choice> options, long of) {
        return options.stream().map(o -> {
            long c = tallies.getOrDefault(q.getId() + "/" + row + "/" + o.getId(), 0L);
            return new Count(o, c, percent(c, of));
        }).toList();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
