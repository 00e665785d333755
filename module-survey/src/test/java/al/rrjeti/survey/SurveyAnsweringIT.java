package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.survey.application.Folding;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.application.SurveyCatalogue;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.application.SurveyResults.QuestionResult;
import al.rrjeti.survey.application.SurveySeed;
import al.rrjeti.survey.application.TextModeration;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Summary;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Surveys on a real server: the seed, building, answering once, validation with nothing half-saved, results. */
@ExtendWith(ArquillianExtension.class)
class SurveyAnsweringIT {

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    /** Run by hand: results count what has been folded into the tallies. */
    @Inject
    private Folding folding;

    @Inject
    private SurveyResults results;

    @Inject
    private SurveyCatalogue catalogue;

    @Inject
    private TextModeration moderation;

    @Inject
    private SurveySeed seed;

    @Inject
    private SurveyRepository repository;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private static BilingualText t(String sq) {
        return BilingualText.of(sq, sq + " (en)");
    }

    /** single (required), multiple, scale 0–10 (required), matrix 2×3, short text, long text asked after single's A. */
    private Survey survey(Duration closesIn) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        String code = "prove-" + Long.toString(System.nanoTime(), 36);
        Survey s = building.create(new SurveyDef(code, t("Provë"), t("Hyrje"), clock.now().minusSeconds(60),
                closesIn == null ? null : clock.now().plus(closesIn), List.of(
                        new QuestionDef("single", QuestionKind.SINGLE, true, t("Një"), null, null, null,
                                List.of(t("A"), t("B"), t("C")), null, null, null),
                        new QuestionDef("multi", QuestionKind.MULTIPLE, false, t("Disa"), null, null, null,
                                List.of(t("A"), t("B")), null, null, null),
                        new QuestionDef("scale", QuestionKind.SCALE, true, t("Shkalla"), null, 0, 10, null, null, null,
                                null),
                        new QuestionDef("matrix", QuestionKind.MATRIX, false, t("Tabela"), null, null, null,
                                List.of(t("Po"), t("Jo"), t("Nuk e di")), List.of(t("Policia"), t("Gjykatat")), null,
                                null),
                        new QuestionDef("short", QuestionKind.SHORT_TEXT, false, t("Shkurt"), null, null, null, null,
                                null, null, null),
                        new QuestionDef("why", QuestionKind.LONG_TEXT, false, t("Pse?"), null, null, null, null, null,
                                "single", 0))));
        ActingUser.actAs(null);
        return s;
    }

    private Question q(Survey s, String code) {
        return answering.questions(s.getId()).stream().filter(x -> x.getCode().equals(code)).findFirst().orElseThrow();
    }

    private Long option(Survey s, String code, int n, boolean row) {
        Long qid = q(s, code).getId();
        return answering.choices(s.getId()).stream().filter(c -> c.getQuestionId().equals(qid) && c.isRow() == row)
                .map(Choice::getId).toList().get(n);
    }

    private Map<Long, Given> answers(Survey s, int single, Integer scale, List<Integer> multi, String why) {
        Map<Long, Given> a = new HashMap<>();
        a.put(q(s, "single").getId(), Given.choice(option(s, "single", single, false)));
        a.put(q(s, "scale").getId(), Given.number(scale));
        if (multi != null) {
            a.put(q(s, "multi").getId(), Given.choice(multi.stream().map(i -> option(s, "multi", i, false))
                    .toArray(Long[]::new)));
        }
        if (why != null) {
            a.put(q(s, "why").getId(), Given.text(why));
        }
        return a;
    }

    @Test
    void theSeededQuestionnaireIsImportedOnceInBothLanguages() {
        seed.ensure();
        seed.ensure();
        List<Survey> seeded = catalogue.published().stream().filter(s -> s.getCode().equals(SurveySeed.CODE)).toList();
        assertThat(seeded).hasSize(1);
        List<Question> questions = answering.questions(seeded.get(0).getId());
        assertThat(questions).extracting(Question::getCode).startsWith("q1", "q2", "q3", "q4")
                .contains("q11-followup", "q12").hasSize(13);
        assertThat(questions.get(0).getText().getEn()).startsWith("Over the past 12 months");
        assertThat(questions.get(0).getText().getSq()).startsWith("Gjatë 12 muajve të fundit");
        assertThat(questions).filteredOn(x -> x.getKind() == QuestionKind.MATRIX).extracting(Question::getCode)
                .containsExactly("q4", "q6", "q8");
        assertThat(q(seeded.get(0), "q11-followup").getShowIfChoiceId()).isEqualTo(option(seeded.get(0), "q11", 0, false));
    }

    @Test
    void onlyEditorsBuildSurveysAndOnlyAccountsAnswer() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        assertThatThrownBy(() -> building.create(new SurveyDef("x-" + System.nanoTime(), t("X"), null, clock.now(), null,
                List.of()))).isInstanceOf(AccessDeniedException.class);
        Survey s = survey(null);
        assertThatThrownBy(() -> answering.submit(s.getId(), answers(s, 0, 5, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badAnswersAreRefusedAllAtOnceAndNothingIsSaved() {
        Survey s = survey(null);
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        Map<Long, Given> bad = new HashMap<>();
        bad.put(q(s, "scale").getId(), Given.number(11));
        bad.put(q(s, "multi").getId(), Given.choice(option(s, "single", 0, false)));
        bad.put(q(s, "matrix").getId(), Given.rows(Map.of(option(s, "matrix", 0, true), option(s, "single", 1, false))));

        assertThatThrownBy(() -> answering.submit(s.getId(), bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field,
                        InvalidInputException.Violation::messageKey).containsExactlyInAnyOrder(
                                tuple("q" + q(s, "single").getId(), "survey.answer.required"),
                                tuple("q" + q(s, "multi").getId(), "survey.answer.invalid"),
                                tuple("q" + q(s, "scale").getId(), "survey.answer.range"),
                                tuple("q" + q(s, "matrix").getId(), "survey.answer.invalid")));
        folding.now();
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isZero();
        assertThat(repository.countAnswers(s.getId())).isZero();
        assertThat(answering.hasAnswered(s.getId())).as("no marker left behind").isFalse();
        folding.now();
        assertThat(results.of(s.getId()).questions()).allSatisfy(r -> assertThat(r.answered()).isZero());
    }

    /**
     * What no form sends (a post made by hand): another survey's option, a question the survey does
     * not have, one option twice (it would be counted twice), a text with a number, a text too long.
     */
    @Test
    void tamperedAnswersAreRefusedEachNamedAndNothingIsSaved() {
        Survey s = survey(null);
        Survey other = survey(null);
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        Map<Long, Given> bad = new HashMap<>();
        bad.put(q(s, "single").getId(), Given.choice(option(other, "single", 0, false)));
        bad.put(987_654_321L, Given.choice(option(s, "single", 0, false)));
        bad.put(q(s, "multi").getId(), Given.choice(option(s, "multi", 1, false), option(s, "multi", 1, false)));
        bad.put(q(s, "scale").getId(), new Given(null, 5, null, "pesë"));
        bad.put(q(s, "short").getId(), Given.text("x".repeat(301)));

        assertThatThrownBy(() -> answering.submit(s.getId(), bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field,
                        InvalidInputException.Violation::messageKey).containsExactlyInAnyOrder(
                                tuple("survey", "survey.answer.invalid"),
                                tuple("q" + q(s, "single").getId(), "survey.answer.invalid"),
                                tuple("q" + q(s, "multi").getId(), "survey.answer.invalid"),
                                tuple("q" + q(s, "scale").getId(), "survey.answer.invalid"),
                                tuple("q" + q(s, "short").getId(), "survey.input.length")));
        folding.now();
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isZero();
        assertThat(repository.countAnswers(s.getId())).isZero();
        assertThat(answering.hasAnswered(s.getId())).as("no marker left behind").isFalse();
        folding.now();
        assertThat(results.of(s.getId()).questions()).allSatisfy(r -> assertThat(r.answered()).isZero());

        answering.submit(s.getId(), answers(s, 0, 5, List.of(1), null));
        folding.now();
        QuestionResult multi = results.of(s.getId()).questions().get(1);
        assertThat(multi.counts()).extracting(SurveyResults.Count::answers).containsExactly(0L, 1L);
    }

    @Test
    void oneSubmissionPerPersonAndNoneAfterClosing() {
        Survey s = survey(Duration.ofDays(1));
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        answering.submit(s.getId(), answers(s, 1, 4, List.of(0), null));
        assertThat(answering.hasAnswered(s.getId())).isTrue();
        assertThatThrownBy(() -> answering.submit(s.getId(), answers(s, 0, 9, null, null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.answer.already"));
        folding.now();
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isEqualTo(1);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> answering.submit(s.getId(), answers(s, 0, 9, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("survey.closed"));
        folding.now();
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isEqualTo(1);
        assertThat(answering.hasAnswered(s.getId())).isFalse();
    }

    @Test
    void resultsMatchAHandComputedFixtureAndTextWaitsForModeration() {
        Survey s = survey(null);
        String[] people = new String[3];
        int[] single = {0, 0, 1};
        int[] scale = {0, 7, 10};
        List<List<Integer>> multi = List.of(List.of(0, 1), List.of(1), List.of());
        String[] why = {"Sepse shoh ndryshim.", "Nuk e di pse.", "Nuk duhet ruajtur: nuk u pyet."};
        for (int i = 0; i < 3; i++) {
            people[i] = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
            ActingUser.actAs(people[i]);
            answering.submit(s.getId(), answers(s, single[i], scale[i], multi.get(i).isEmpty() ? null : multi.get(i),
                    why[i]));
        }
        folding.now();
        SurveyResults.Results r = results.of(s.getId());
        folding.now();
        assertThat(r.survey().getResponses()).isEqualTo(3);
        QuestionResult one = r.questions().get(0);
        assertThat(one.answered()).isEqualTo(3);
        assertThat(one.counts()).extracting(SurveyResults.Count::answers, SurveyResults.Count::percent)
                .containsExactly(tuple(2L, 66.7), tuple(1L, 33.3), tuple(0L, 0.0));
        QuestionResult many = r.questions().get(1);
        assertThat(many.answered()).isEqualTo(2);
        assertThat(many.counts()).extracting(SurveyResults.Count::answers, SurveyResults.Count::percent)
                .containsExactly(tuple(1L, 50.0), tuple(2L, 100.0));
        QuestionResult numbers = r.questions().get(2);
        // 0, 7, 10: sum 17, squares 149, mean 5.667, s² = (149 - 289/3) / 2 = 26.333, t(2) = 4.303
        assertThat(numbers.summary()).isEqualTo(new Summary(3, 17, 149));
        assertThat(numbers.summary().margin()).isCloseTo(4.303 * Math.sqrt(26.3333333 / 3), within(1e-4));
        assertThat(numbers.values()).hasSize(11).filteredOn(v -> v.answers() > 0)
                .extracting(SurveyResults.Value::value).containsExactly(0, 7, 10);
        QuestionResult texts = r.questions().get(5);
        assertThat(texts.answered()).as("asked only after A").isEqualTo(2);
        assertThat(texts.texts()).as("nothing shown before moderation").isEmpty();

        ActingUser.actAs(people[0]);
        assertThatThrownBy(() -> moderation.pending()).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "moderator", Role.MODERATOR));
        List<Answer> pending = moderation.pending().stream()
                .filter(a -> a.getQuestionId().equals(q(s, "why").getId())).toList();
        assertThat(pending).extracting(Answer::getText).containsExactlyInAnyOrder(why[0], why[1]);
        moderation.decide(pending.stream().filter(a -> a.getText().equals(why[0])).findFirst().orElseThrow().getId(), true);
        moderation.decide(pending.stream().filter(a -> a.getText().equals(why[1])).findFirst().orElseThrow().getId(), false);
        folding.now();
        assertThat(results.of(s.getId()).questions().get(5).texts()).containsExactly(why[0]);
    }
}
