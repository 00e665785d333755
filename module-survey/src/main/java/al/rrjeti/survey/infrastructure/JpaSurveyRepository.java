package al.rrjeti.survey.infrastructure;

import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Participation;
import al.rrjeti.survey.domain.GroupCount;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Response;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** {@link SurveyRepository} over the module's persistence unit. */
@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "rrjeti-survey")
    private EntityManager em;

    @Override
    public void add(Survey survey) {
        em.persist(survey);
        em.flush();
    }

    @Override
    public Optional<Survey> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Survey.class, id));
    }

    @Override
    public Optional<Survey> lock(Long id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(em.find(Survey.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Survey> byCode(String code) {
        return em.createQuery("SELECT s FROM Survey s WHERE s.code = :c", Survey.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Survey> published() {
        return em.createQuery("SELECT s FROM Survey s WHERE s.published = true ORDER BY s.opensAt DESC, s.id DESC",
                Survey.class).getResultList();
    }

    @Override
    public void add(Question question) {
        em.persist(question);
        em.flush();
    }

    @Override
    public List<Question> questions(Long surveyId) {
        return em.createQuery("SELECT q FROM Question q WHERE q.surveyId = :s ORDER BY q.position", Question.class)
                .setParameter("s", surveyId).getResultList();
    }

    @Override
    public Optional<Question> question(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Question.class, id));
    }

    @Override
    public void add(Choice choice) {
        em.persist(choice);
        em.flush();
    }

    @Override
    public List<Choice> choices(Long surveyId) {
        return em.createQuery("SELECT c FROM Choice c, Question q WHERE c.questionId = q.id AND q.surveyId = :s"
                + " ORDER BY q.position, c.kind, c.position", Choice.class).setParameter("s", surveyId).getResultList();
    }

    @Override
    public Structure structure(Long surveyId) {
        List<Question> questions = new java.util.ArrayList<>(em.createQuery("SELECT q FROM Question q"
                + " WHERE q.surveyId = :s", Question.class).setParameter("s", surveyId).getResultList());
        questions.sort(java.util.Comparator.comparingInt(Question::getPosition));
        return new Structure(questions,
                em.createQuery("SELECT c FROM Choice c, Question q WHERE c.questionId = q.id AND q.surveyId = :s",
                        Choice.class).setParameter("s", surveyId).getResultList());
    }

    @Override
    public Optional<Tally> tally(Long questionId, long rowId, long valueKey, RespondentGroup group) {
        return em.createQuery("SELECT t FROM Tally t WHERE t.questionId = :q AND t.rowId = :r AND t.valueKey = :v"
                + " AND t.group = :g", Tally.class).setParameter("q", questionId).setParameter("r", rowId)
                .setParameter("v", valueKey).setParameter("g", group).getResultStream().findFirst();
    }

    @Override
    public void add(Tally tally) {
        em.persist(tally);
    }

    @Override
    public List<Tally> tallies(Long surveyId) {
        return em.createQuery("SELECT t FROM Tally t, Question q WHERE t.questionId = q.id AND q.surveyId = :s",
                Tally.class).setParameter("s", surveyId).getResultList();
    }

    @Override
    public boolean participated(String marker) {
        return em.createQuery("SELECT COUNT(p) FROM Participation p WHERE p.marker = :m", Long.class)
                .setParameter("m", marker).getSingleResult() > 0;
    }

    /**
     * Derby keeps a table's rows in the order they were inserted (it has no clustered index) and an
     * unordered dump reads them in that order. Markers and responses written in the same order would
     * pair up in a dump: the n-th marker with the n-th response. So a new marker takes the place of
     * one already there, whose value moves to the new row at the end (the "inside-out" Fisher–Yates
     * shuffle): the table's physical order is then a random permutation of arrivals, not their order.
     * The marker displaced is the first one at or after a random 64-digit hex value: markers are
     * keyed hashes, spread evenly over that range and unrelated to when they were written, so the
     * pick is unrelated to arrival too, and it costs one index seek (not a count of the table);
     * past the last marker nothing is displaced (the new one stays last, as the shuffle wants with
     * probability 1/(n+1)). Derby updates a row in place (its location, which indexes point to, stays;
     * every marker has 64 characters, so it fits).
     *
     * <p>No table lock: concurrent submissions each touch two rows of their own among thousands, and
     * each reads before it writes, so they do not wait on each other in a cycle; a table lock held to
     * the commit made every submission wait for the previous one's commit (its log write), about 60
     * a second on the benchmark's machine. The marker's primary key is what refuses the same person
     * twice, also at the same moment: the second one's write of the same marker fails (after waiting
     * for the first to commit), and the caller refuses it; its transaction is rolled back.
     */
    @Override
    public boolean addShuffled(Participation participation) {
        String marker = participation.getMarker();
        // No look first: a marker there already fails the update or the insert below on its primary key.
        try {
            String moved = marker;
            for (int attempt = 0; attempt < 3; attempt++) {
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                @SuppressWarnings("unchecked")
                List<String> found = em.createNativeQuery("SELECT marker FROM survey_participation WHERE marker >= ?"
                        + " ORDER BY marker FETCH FIRST 1 ROW ONLY").setParameter(1, HexFormat.of().formatHex(random))
                        .getResultList();
                if (found.isEmpty()) {
                    break;
                }
                String there = found.get(0);
                // 0 when another submission displaced that marker meanwhile: pick another place.
                if (em.createNativeQuery("UPDATE survey_participation SET marker = ? WHERE marker = ?")
                        .setParameter(1, marker).setParameter(2, there).setFlushMode(FlushModeType.COMMIT)
                        .executeUpdate() == 1) {
                    moved = there;
                    break;
                }
            }
            // The submission's rows were flushed by the look above; nothing to flush again before these.
            em.createNativeQuery("INSERT INTO survey_participation (marker) VALUES (?)").setParameter(1, moved)
                    .setFlushMode(FlushModeType.COMMIT).executeUpdate();
            return true;
        } catch (jakarta.persistence.PersistenceException e) {
            if (duplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Whether the failure is a unique key's refusal (SQL state class 23, 23505 for a duplicate key). */
    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Through the index on {@code folded}: Derby's optimizer, seeing two values in it, reads the
     * whole table instead (53,000 rows for every batch in the benchmark, 5 % of the CPU while
     * submissions came), though few rows are unfolded at any time.
     */
    @Override
    public List<Response> unfolded(int max) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM survey_response"
                + " --DERBY-PROPERTIES index=IX_SURVEY_RESPONSE_FOLDED\n WHERE folded = FALSE FETCH FIRST "
                + Math.max(1, max) + " ROWS ONLY").getResultList();
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT r FROM Response r WHERE r.id IN :ids AND r.folded = false",
                Response.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public int markFolded(List<String> responseIds) {
        return em.createQuery("UPDATE Response r SET r.folded = true WHERE r.id IN :ids AND r.folded = false")
                .setParameter("ids", responseIds).executeUpdate();
    }

    @Override
    public List<Answer> answersOf(List<String> responseIds) {
        return em.createQuery("SELECT a FROM Answer a WHERE a.responseId IN :ids", Answer.class)
                .setParameter("ids", responseIds).getResultList();
    }

    /*
     * The fold's additions are native statements with parameters, not JPQL bulk updates: EclipseLink
     * writes a JPQL "SET x = x + :n" for Derby with its values inlined (Derby cannot type a parameter
     * inside an expression EclipseLink builds), so each was a new statement text that Derby parsed
     * and compiled anew — about 5 ms of CPU each, some 200 per batch of the benchmark's survey (one
     * per distinct answer value), the most expensive part of taking submissions. With parameters
     * Derby compiles each statement once and reuses the plan ("answers + ?" takes its type from the
     * column). Nor does EclipseLink flush before each (its default): the fold's transaction holds the
     * batch's responses and answers, over a thousand entities, whose changes it would compute again
     * for every statement; the few rows it persists (a new tally or count) meet no later statement.
     */

    @Override
    public void addToTally(Long questionId, long rowId, long valueKey, RespondentGroup group, long answers) {
        int updated = em.createNativeQuery("UPDATE survey_tally SET answers = answers + ? WHERE question_id = ?"
                + " AND row_id = ? AND value_key = ? AND respondent_group = ?").setParameter(1, answers)
                .setParameter(2, questionId).setParameter(3, rowId).setParameter(4, valueKey)
                .setParameter(5, group.name()).setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        if (updated == 0) {
            Tally created = new Tally(questionId, rowId, valueKey, group);
            created.add(answers);
            em.persist(created);
        }
    }

    @Override
    public void addToQuestion(Long questionId, long answered, long total, long totalOfSquares) {
        em.createNativeQuery("UPDATE survey_question SET answered = answered + ?, total = total + ?,"
                + " total_sq = total_sq + ? WHERE id = ?").setParameter(1, answered).setParameter(2, total)
                .setParameter(3, totalOfSquares).setParameter(4, questionId).setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    @Override
    public void addToResponses(Long surveyId, RespondentGroup group, long responses) {
        // Not through the entity: the update leaves the survey's version alone, so an editor's change
        // made meanwhile is not refused as a conflict.
        em.createNativeQuery("UPDATE survey_survey SET responses = responses + ? WHERE id = ?")
                .setParameter(1, responses).setParameter(2, surveyId).setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        int updated = em.createNativeQuery("UPDATE survey_group_count SET responses = responses + ?"
                + " WHERE survey_id = ? AND respondent_group = ?").setParameter(1, responses)
                .setParameter(2, surveyId).setParameter(3, group.name()).setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        if (updated == 0) {
            GroupCount created = new GroupCount(surveyId, group);
            created.add(responses);
            em.persist(created);
        }
    }

    @Override
    public long countResponses(Long surveyId) {
        return em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.surveyId = :s", Long.class)
                .setParameter("s", surveyId).getSingleResult();
    }

    @Override
    public long countPendingFoldedTexts() {
        return em.createQuery("SELECT COUNT(a) FROM Answer a, Response r WHERE a.responseId = r.id"
                + " AND a.textStatus = :t AND r.folded = true", Long.class)
                .setParameter("t", Answer.TextStatus.PENDING).getSingleResult();
    }

    @Override
    public List<GroupCount> groupCounts(Long surveyId) {
        return em.createQuery("SELECT g FROM GroupCount g WHERE g.surveyId = :s", GroupCount.class)
                .setParameter("s", surveyId).getResultList();
    }

    @Override
    public GroupCount groupCount(Long surveyId, RespondentGroup group) {
        return em.createQuery("SELECT g FROM GroupCount g WHERE g.surveyId = :s AND g.group = :g", GroupCount.class)
                .setParameter("s", surveyId).setParameter("g", group).getResultStream().findFirst().orElseGet(() -> {
                    GroupCount created = new GroupCount(surveyId, group);
                    em.persist(created);
                    return created;
                });
    }

    @Override
    public void removeQuestions(Long surveyId) {
        em.createQuery("DELETE FROM Tally t WHERE t.questionId IN (SELECT q.id FROM Question q WHERE q.surveyId = :s)")
                .setParameter("s", surveyId).executeUpdate();
        em.createQuery("DELETE FROM Choice c WHERE c.questionId IN (SELECT q.id FROM Question q WHERE q.surveyId = :s)")
                .setParameter("s", surveyId).executeUpdate();
        em.createQuery("DELETE FROM Question q WHERE q.surveyId = :s").setParameter("s", surveyId).executeUpdate();
    }

    @Override
    public void removeParticipation(String marker) {
        em.createQuery("DELETE FROM Participation p WHERE p.marker = :m").setParameter("m", marker).executeUpdate();
    }

    @Override
    public void add(Response response) {
        em.persist(response);
        // Its answers refer to it, and EclipseLink orders inserts only along mapped relationships.
        em.flush();
    }

    @Override
    public void add(Answer answer) {
        em.persist(answer);
    }

    @Override
    public long countAnswers(Long surveyId) {
        return em.createQuery("SELECT COUNT(a) FROM Answer a, Response r WHERE a.responseId = r.id"
                + " AND r.surveyId = :s", Long.class).setParameter("s", surveyId).getSingleResult();
    }

    @Override
    public Optional<Answer> answer(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Answer.class, id));
    }

    @Override
    public List<Answer> texts(Long surveyId, Answer.TextStatus status) {
        return em.createQuery("SELECT a FROM Answer a, Question q WHERE a.questionId = q.id AND q.surveyId = :s"
                + " AND a.textStatus = :t ORDER BY q.position, a.id", Answer.class)
                .setParameter("s", surveyId).setParameter("t", status).getResultList();
    }

    @Override
    public List<Answer> texts(Long surveyId, Answer.TextStatus status, RespondentGroup group) {
        if (group == null) {
            return texts(surveyId, status);
        }
        return em.createQuery("SELECT a FROM Answer a, Question q, Response r WHERE a.questionId = q.id"
                + " AND q.surveyId = :s AND a.textStatus = :t AND r.id = a.responseId AND r.group = :g"
                + " ORDER BY q.position, a.id", Answer.class)
                .setParameter("s", surveyId).setParameter("t", status).setParameter("g", group).getResultList();
    }

    @Override
    public List<Answer> pendingTexts(int max) {
        return em.createQuery("SELECT a FROM Answer a WHERE a.textStatus = :t ORDER BY a.questionId, a.id", Answer.class)
                .setParameter("t", Answer.TextStatus.PENDING).setMaxResults(max).getResultList();
    }

    @Override
    public long countPendingTexts() {
        return em.createQuery("SELECT COUNT(a) FROM Answer a WHERE a.textStatus = :t", Long.class)
                .setParameter("t", Answer.TextStatus.PENDING).getSingleResult();
    }
}
