package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.StaffAlerts;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Response;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of the fold: a batch of committed responses not yet counted is added to the tallies, the
 * questions' sums and the surveys' counts, and marked folded, all in one transaction. A server
 * stopped half-way counts nothing of the batch, and the batch is folded again later; a batch
 * counted is never counted again (the mark and the counts commit together, and the mark is taken
 * only if no one took it first). Only the fold writes the tallies, so submissions never wait for
 * each other on them; {@link Folding} runs it.
 */
@ApplicationScoped
public class TallyFold {

    /** Responses folded per transaction at most: a few thousand row locks, far from Derby's escalation to a table lock. */
    static final int BATCH = 200;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private StaffAlerts staff;

    /** Results kept in memory and the anonymous readers' pages go once the new counts are committed. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    /** What one batch adds: keyed by tally, question and survey/group. */
    private static final class Sums {
        final Map<List<Object>, long[]> tallies = new HashMap<>();
        final Map<Long, long[]> questions = new HashMap<>();
        final Map<List<Object>, long[]> responses = new HashMap<>();

        static void add(Map<List<Object>, long[]> to, List<Object> key, long n) {
            to.computeIfAbsent(key, k -> new long[1])[0] += n;
        }
    }

    /**
     * Folds one batch.
     *
     * @return how many responses it folded (0: nothing was waiting)
     * @throws IllegalStateException when another fold took some of the batch meanwhile (nothing is
     *                               counted: the transaction rolls back)
     */
    @Transactional
    public int once() {
        List<Response> batch = surveys.unfolded(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> ids = batch.stream().map(Response::getId).toList();
        List<Answer> answers = surveys.answersOf(ids);
        boolean texts = answers.stream().anyMatch(a -> a.getText() != null);
        // Before this batch joins them: moderators are told once per empty queue, not per answer.
        boolean queueWasEmpty = texts && surveys.countPendingFoldedTexts() == 0;
        if (surveys.markFolded(ids) != ids.size()) {
            throw new IllegalStateException("Another fold took some of these responses; this batch is left to it");
        }
        Map<String, RespondentGroup> groupOf = new HashMap<>();
        Sums sums = new Sums();
        for (Response r : batch) {
            groupOf.put(r.getId(), r.getGroup());
            Sums.add(sums.responses, List.of(r.getSurveyId(), r.getGroup()), 1);
        }
        Set<String> answeredQuestions = new HashSet<>();
        for (Answer a : answers) {
            RespondentGroup group = groupOf.get(a.getResponseId());
            if (a.getText() == null) {
                long value = a.getChoiceId() != null ? a.getChoiceId() : a.getNumber();
                long row = a.getRowId() != null ? a.getRowId() : Tally.NO_ROW;
                Sums.add(sums.tallies, List.of(a.getQuestionId(), row, value, group), 1);
            }
            // A response counts once per question it answered (a multiple choice or a matrix has several rows).
            if (answeredQuestions.add(a.getResponseId() + "/" + a.getQuestionId())) {
                long[] q = sums.questions.computeIfAbsent(a.getQuestionId(), k -> new long[3]);
                q[0]++;
                if (a.getNumber() != null) {
                    q[1] += a.getNumber();
                    q[2] += (long) a.getNumber() * a.getNumber();
                }
                Sums.add(sums.tallies, List.of(a.getQuestionId(), Tally.ANSWERED_ROW, 0L, group), 1);
            }
        }
        sums.tallies.forEach((k, n) -> surveys.addToTally((Long) k.get(0), (Long) k.get(1), (Long) k.get(2),
                (RespondentGroup) k.get(3), n[0]));
        sums.questions.forEach((q, n) -> surveys.addToQuestion(q, n[0], n[1], n[2]));
        sums.responses.forEach((k, n) -> surveys.addToResponses((Long) k.get(0), (RespondentGroup) k.get(1), n[0]));
        publicChange.fire(PublicContentChanged.of(SurveyModule.ID));
        if (queueWasEmpty) {
            staff.entered(SurveyModule.TEXTS_QUEUE, new NotificationText(SurveyModule.MESSAGES,
                    TallyFold.class.getClassLoader(), "survey.notification.texts.title",
                    "survey.notification.texts.body", "/survey/moderation.xhtml"));
        }
        return batch.size();
    }
}
