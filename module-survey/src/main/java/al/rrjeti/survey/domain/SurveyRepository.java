package al.rrjeti.survey.domain;

import java.util.List;
import java.util.Optional;

/** Surveys, their questions and options, the anonymous answers and the running tallies. */
public interface SurveyRepository {

    void add(Survey survey);

    Optional<Survey> find(Long id);

    /** The survey, locked until the transaction ends. */
    Optional<Survey> lock(Long id);

    Optional<Survey> byCode(String code);

    /** Published surveys, newest opening first. */
    List<Survey> published();

    void add(Question question);

    List<Question> questions(Long surveyId);

    Optional<Question> question(Long id);

    void add(Choice choice);

    /** Every option and row of the survey's questions, in order. */
    List<Choice> choices(Long surveyId);

    /**
     * The survey's questions, in order, and every option and row of them, in no particular order:
     * what checking a submission needs (the database sorts nothing for it: a sort per submission cost
     * more than the reading).
     */
    Structure structure(Long surveyId);

    /** A survey's questions in order, and their options and rows in no particular order. */
    record Structure(List<Question> questions, List<Choice> choices) {
    }

    Optional<Tally> tally(Long questionId, long rowId, long valueKey, RespondentGroup group);

    void add(Tally tally);

    List<Tally> tallies(Long surveyId);

    boolean participated(String marker);

    /**
     * Records a "has answered" marker at a random place among all markers, so that the table's
     * physical order says nothing about when it was written (see the implementation).
     *
     * @return false when the marker is there already, committed or being committed (the same person,
     *         again): the caller must then roll its transaction back
     */
    boolean addShuffled(Participation participation);

    /** Responses not yet added to the tallies, at most {@code max}, in no particular order. */
    List<Response> unfolded(int max);

    /**
     * Marks these responses folded, if none of them was yet.
     *
     * @return how many it marked (fewer than given: someone else folded some meanwhile)
     */
    int markFolded(List<String> responseIds);

    /** Every answer of these responses. */
    List<Answer> answersOf(List<String> responseIds);

    /** Adds to a tally, making it when it is not there yet. */
    void addToTally(Long questionId, long rowId, long valueKey, RespondentGroup group, long answers);

    /** Adds to a question's count of responses answering it and to its running sums. */
    void addToQuestion(Long questionId, long answered, long total, long totalOfSquares);

    /** Adds to a survey's count of responses and to that of one respondent group. */
    void addToResponses(Long surveyId, RespondentGroup group, long responses);

    /** Responses of a survey, folded or not. */
    long countResponses(Long surveyId);

    /** Free-text answers waiting for a moderator among the responses already folded. */
    long countPendingFoldedTexts();

    /** Responses per respondent group of a survey. */
    List<GroupCount> groupCounts(Long surveyId);

    GroupCount groupCount(Long surveyId, RespondentGroup group);

    /** Takes away every question, option and (empty) tally of a survey, to build them again. */
    void removeQuestions(Long surveyId);

    void removeParticipation(String marker);

    void add(Response response);

    void add(Answer answer);

    long countAnswers(Long surveyId);

    Optional<Answer> answer(String id);

    /** Free-text answers of a survey in a moderation state, by question. */
    List<Answer> texts(Long surveyId, Answer.TextStatus status);

    /** The same, only those of one respondent group (all with {@code group} null). */
    List<Answer> texts(Long surveyId, Answer.TextStatus status, RespondentGroup group);

    /** Free-text answers of every survey waiting for a moderator, oldest question first. */
    List<Answer> pendingTexts(int max);

    long countPendingTexts();
}
