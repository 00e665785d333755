package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.GroupCount;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Summary;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey's results from its running tallies (never from the answers), for everyone or for one
 * respondent group, and the free-text answers moderators have let through; computed once per change
 * of the module's public content, not per reader ({@link ResultsMemory}). Nothing here can single
 * out a response: a group is shown only with at least {@link RespondentGroup#SHOWN_FROM} responses,
 * and only if the groups left out add up to none or to at least as many (else the whole minus the
 * shown groups would give the small one away).
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

    /**
     * The results shown: for everyone ({@code group} null) or one group; {@code withheld} when that
     * group is too small to be shown (then no questions); {@code groups} the filters that can be shown.
     */
    public record Results(Survey survey, List<QuestionResult> questions, RespondentGroup group, long responses,
            boolean withheld, List<RespondentGroup> groups) {

        public Results(Survey survey, List<QuestionResult> questions) {
            this(survey, questions, null, survey.getResponses(), false, List.of());
        }
    }

    /** The {@code Cache-Control} of an answer built from {@linkplain ResultsMemory.Kept#stale() stale} results. */
    public static final String NOT_KEPT = "private, no-store";

    @Inject
    private SurveyRepository surveys;

    @Inject
    private ResultsMemory memory;

    public Results of(Long surveyId) {
        return of(surveyId, null);
    }

    /** The results for one respondent group, or everyone's with {@code group} null. */
    public Results of(Long surveyId, RespondentGroup group) {
        return kept(surveyId, group).results();
    }

    /**
     * The results as {@link #of(Long, RespondentGroup)}, with what pages derive from them, kept in
     * memory until the survey module's next change (see {@link ResultsMemory}).
     */
    public ResultsMemory.Kept kept(Long surveyId, RespondentGroup group) {
        return memory.get(surveyId, group, () -> compute(surveyId, group));
    }

    private Results compute(Long surveyId, RespondentGroup group) {
        Survey survey = surveys.find(surveyId).filter(Survey::isPublished)
                .orElseThrow(() -> new BusinessException("survey.unknown"));
        Map<RespondentGroup, Long> perGroup = new EnumMap<>(RespondentGroup.class);
        for (GroupCount g : surveys.groupCounts(surveyId)) {
            perGroup.put(g.getGroup(), g.getResponses());
        }
        List<RespondentGroup> shown = shownGroups(perGroup, survey.getResponses());
        if (group != null && !shown.contains(group)) {
            return new Results(survey, List.of(), group, 0, true, shown);
        }
        Map<String, Long> tallies = new HashMap<>();
        for (Tally t : surveys.tallies(surveyId)) {
            if (group == null || t.getGroup() == group) {
                tallies.merge(t.getQuestionId() + "/" + t.getRowId() + "/" + t.getValueKey(), t.getAnswers(), Long::sum);
            }
        }
        Map<Long, List<String>> texts = new HashMap<>();
        for (Answer a : surveys.texts(surveyId, Answer.TextStatus.APPROVED, group)) {
            texts.computeIfAbsent(a.getQuestionId(), k -> new ArrayList<>()).add(a.getText());
        }
        List<Choice> choices = surveys.choices(surveyId);
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : surveys.questions(surveyId)) {
            List<Choice> options = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && !c.isRow()).toList();
            List<Choice> rows = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && c.isRow()).toList();
            long answered = group == null ? q.getAnswered()
                    : tallies.getOrDefault(q.getId() + "/" + Tally.ANSWERED_ROW + "/0", 0L);
            List<Count> counts = List.of();
            List<RowCounts> rowCounts = List.of();
            List<Value> values = List.of();
            Summary summary = group == null ? q.summary() : Summary.EMPTY;
            if (q.getKind() == QuestionKind.SINGLE || q.getKind() == QuestionKind.MULTIPLE) {
                counts = counts(tallies, q, Tally.NO_ROW, options, answered);
            } else if (q.getKind() == QuestionKind.MATRIX) {
                rowCounts = rows.stream().map(r -> {
                    long inRow = options.stream()
                            .mapToLong(o -> tallies.getOrDefault(q.getId() + "/" + r.getId() + "/" + o.getId(), 0L)).sum();
                    return new RowCounts(r, inRow, counts(tallies, q, r.getId(), options, inRow));
                }).toList();
            } else if (q.getKind().isNumeric()) {
                List<Value> vs = new ArrayList<>();
                Summary fromTallies = Summary.EMPTY;
                for (Map.Entry<String, Long> e : tallies.entrySet()) {
                    String prefix = q.getId() + "/" + Tally.NO_ROW + "/";
                    if (e.getKey().startsWith(prefix)) {
                        long v = Long.parseLong(e.getKey().substring(prefix.length()));
                        fromTallies = fromTallies.plus(new Summary(e.getValue(), v * e.getValue(), v * v * e.getValue()));
                    }
                }
                if (group != null) {
                    summary = fromTallies;
                }
                if (q.getKind() == QuestionKind.SCALE) {
                    for (int n = q.getMinValue(); n <= q.getMaxValue(); n++) {
                        long c = tallies.getOrDefault(q.getId() + "/" + Tally.NO_ROW + "/" + n, 0L);
                        vs.add(new Value(n, c, percent(c, answered)));
                    }
                }
                values = vs;
            }
            out.add(new QuestionResult(q, answered, counts, rowCounts, summary, values,
                    texts.getOrDefault(q.getId(), List.of())));
        }
        long responses = group == null ? survey.getResponses() : perGroup.getOrDefault(group, 0L);
        return new Results(survey, out, group, responses, false, shown);
    }

    /**
     * The groups that can be shown: those with at least {@link RespondentGroup#SHOWN_FROM}
     * responses, dropping the smallest while the responses left out would be a small group
     * themselves (1 to 4), which the whole minus the shown groups would reveal.
     */
    static List<RespondentGroup> shownGroups(Map<RespondentGroup, Long> counts, long total) {
        List<RespondentGroup> shown = new ArrayList<>();
        for (RespondentGroup g : RespondentGroup.filters()) {
            if (counts.getOrDefault(g, 0L) >= RespondentGroup.SHOWN_FROM) {
                shown.add(g);
            }
        }
        shown.sort(Comparator.comparingLong(g -> counts.getOrDefault(g, 0L)));
        long left = total - shown.stream().mapToLong(g -> counts.getOrDefault(g, 0L)).sum();
        while (!shown.isEmpty() && left > 0 && left < RespondentGroup.SHOWN_FROM) {
            left += counts.getOrDefault(shown.remove(0), 0L);
        }
        List<RespondentGroup> ordered = new ArrayList<>();
        for (RespondentGroup g : RespondentGroup.filters()) {
            if (shown.contains(g)) {
                ordered.add(g);
            }
        }
        return ordered;
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
