package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.survey.application.Folding;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.application.SurveyResults.Results;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submissions write only their own rows; the fold adds committed ones to the tallies afterwards, in
 * one transaction with their mark, so each counts exactly once however many arrive together.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyFoldIT {

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    @Inject
    private SurveyResults results;

    @Inject
    private Folding folding;

    @Inject
    private SurveyRepository repository;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @Inject
    private Concurrently concurrently;

    @PersistenceContext(unitName = "rrjeti-survey")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    /** One single choice (yes, no) and one 0–10 scale. */
    private Survey survey() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        BilingualText t = BilingualText.of("Pyetje", "Question");
        Survey s = building.create(new SurveyDef("palosje-" + Long.toString(System.nanoTime(), 36), t, null,
                clock.now().minusSeconds(60), null, List.of(
                        new QuestionDef("yes", QuestionKind.SINGLE, true, t, null, null, null,
                                List.of(BilingualText.of("Po", "Yes"), BilingualText.of("Jo", "No")), null, null, null),
                        new QuestionDef("n", QuestionKind.SCALE, true, t, null, 0, 10, null, null, null, null))));
        ActingUser.actAs(null);
        return s;
    }

    private Map<Long, Given> answers(Survey s, int option, int scale) {
        List<Choice> options = answering.choices(s.getId());
        Map<Long, Given> a = new HashMap<>();
        a.put(answering.questions(s.getId()).get(0).getId(), Given.choice(options.get(option).getId()));
        a.put(answering.questions(s.getId()).get(1).getId(), Given.number(scale));
        return a;
    }

    private List<String> people(int n) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        }
        return people;
    }

    /** Response rows of the survey, and how many of them are not folded yet. */
    private long[] rows(Survey s) throws Exception {
        tx.begin();
        try {
            long all = em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.surveyId = :s", Long.class)
                    .setParameter("s", s.getId()).getSingleResult();
            long open = em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.surveyId = :s AND r.folded = false",
                    Long.class).setParameter("s", s.getId()).getSingleResult();
            return new long[] {all, open};
        } finally {
            tx.rollback();
        }
    }

    @Test
    void answersCountAfterTheFoldAndOnlyOnce() throws Exception {
        Survey s = survey();
        int[][] given = {{0, 2}, {0, 4}, {1, 9}};
        List<String> people = people(3);
        for (int i = 0; i < 3; i++) {
            ActingUser.actAs(people.get(i));
            answering.submit(s.getId(), answers(s, given[i][0], given[i][1]));
        }
        ActingUser.actAs(null);
        folding.now();
        Results r = results.of(s.getId());
        assertThat(r.responses()).isEqualTo(3);
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isEqualTo(3);
        assertThat(r.questions().get(0).counts()).extracting(SurveyResults.Count::answers).containsExactly(2L, 1L);
        assertThat(r.questions().get(1).summary().count()).isEqualTo(3);
        assertThat(r.questions().get(1).summary().mean()).isEqualTo(5.0);
        assertThat(rows(s)).as("every row folded").containsExactly(3L, 0L);

        assertThat(folding.now()).as("nothing left to fold").isZero();
        folding.nudge();
        folding.now();
        Results again = results.of(s.getId());
        assertThat(again.responses()).as("folding again counts nothing twice").isEqualTo(3);
        assertThat(again.questions().get(0).counts()).extracting(SurveyResults.Count::answers).containsExactly(2L, 1L);
    }

    @Test
    void manyPeopleAnsweringAtOnceAreEachCountedExactlyOnce() throws Exception {
        Survey s = survey();
        int writers = 12;
        int rounds = 4;
        List<String> people = people(writers * rounds);
        Map<Long, Given> yes = answers(s, 0, 6);
        List<Throwable> failures = concurrently.run(writers, rounds, (writer, round) -> {
            ActingUser.actAsOnThisThread(people.get(writer * rounds + round));
            try {
                answering.submit(s.getId(), yes);
            } finally {
                ActingUser.actAsOnThisThread(null);
            }
        });
        assertThat(failures).isEmpty();
        folding.now();
        Results r = results.of(s.getId());
        long all = (long) writers * rounds;
        assertThat(r.responses()).isEqualTo(all);
        assertThat(r.questions().get(0).answered()).isEqualTo(all);
        assertThat(r.questions().get(0).counts()).extracting(SurveyResults.Count::answers).containsExactly(all, 0L);
        assertThat(r.questions().get(1).summary().count()).isEqualTo(all);
        assertThat(r.questions().get(1).summary().mean()).isEqualTo(6.0);
        assertThat(rows(s)).containsExactly(all, 0L);
    }

    @Test
    void onePersonAnsweringTwiceAtTheSameMomentIsRefusedOnce() throws Exception {
        Survey s = survey();
        String person = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
        Map<Long, Given> yes = answers(s, 0, 3);
        List<Throwable> failures = concurrently.run(4, 1, (writer, round) -> {
            ActingUser.actAsOnThisThread(person);
            try {
                answering.submit(s.getId(), yes);
            } finally {
                ActingUser.actAsOnThisThread(null);
            }
        });
        assertThat(failures).hasSize(3).allSatisfy(f -> assertThat(f).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("survey.answer.already")));
        folding.now();
        assertThat(results.of(s.getId()).responses()).isEqualTo(1);
        assertThat(rows(s)).as("the refused left no row").containsExactly(1L, 0L);
        ActingUser.actAs(person);
        assertThat(answering.hasAnswered(s.getId())).isTrue();
    }
}
