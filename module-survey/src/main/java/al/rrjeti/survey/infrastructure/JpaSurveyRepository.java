package al.rrjeti.survey.infrastructure;

import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Participation;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.Response;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link SurveyRepository} over the module's persistence unit. */
@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

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
    public Optional<Tally> tally(Long questionId, long rowId, long valueKey) {
        return em.createQuery("SELECT t FROM Tally t WHERE t.questionId = :q AND t.rowId = :r AND t.valueKey = :v",
                Tally.class).setParameter("q", questionId).setParameter("r", rowId).setParameter("v", valueKey)
                .getResultStream().findFirst();
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
        return em.find(Participation.class, marker) != null;
    }

    @Override
    public void add(Participation participation) {
        em.persist(participation);
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
