package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationType;
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
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Target;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The survey builder on a real server: who builds what, the checks, skip logic, targets, questions kept once answered. */
@ExtendWith(ArquillianExtension.class)
class SurveyBuildingIT {

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    /** Run by hand: results count what has been folded into the tallies. */
    @Inject
    private Folding folding;

    @Inject
    private SurveyRepository repository;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
    }

    private static BilingualText t(String sq) {
        return BilingualText.of(sq, sq + " (en)");
    }

    private static String code() {
        return "ndertim-" + Long.toString(System.nanoTime(), 36);
    }

    /** A section, a yes/no question, a number 0–120 asked only after "Po", a required scale. */
    private List<QuestionDef> questions() {
        return List.of(
                new QuestionDef("paid", QuestionKind.SINGLE, true, t("A keni paguar?"), null, null, null,
                        List.of(t("Po"), t("Jo")), null, null, null, t("Përvoja")),
                new QuestionDef("amount", QuestionKind.NUMBER, true, t("Sa mijë lekë?"), null, 0, 120, null, null,
                        "paid", 0),
                new QuestionDef("trust", QuestionKind.SCALE, true, t("Besimi"), null, 0, 10, null, null, null, null,
                        t("Besimi")));
    }

    private Survey create(Target target, boolean anonymous, Long organisation) {
        return building.create(new SurveyDef(code(), t("Ndërtuar"), t("Hyrje"), clock.now().minusSeconds(60), null,
                questions(), target, anonymous, organisation));
    }

    private Map<Long, Given> answers(Survey s, int paid, Integer amount, int trust) {
        List<Question> qs = answering.questions(s.getId());
        List<Choice> cs = answering.choices(s.getId());
        Map<Long, Given> a = new HashMap<>();
        Long paidQ = qs.get(0).getId();
        a.put(paidQ, Given.choice(cs.stream().filter(c -> c.getQuestionId().equals(paidQ)).toList().get(paid).getId()));
        if (amount != null) {
            a.put(qs.get(1).getId(), Given.number(amount));
        }
        a.put(qs.get(2).getId(), Given.number(trust));
        return a;
    }

    @Test
    void anEditorBuildsSectionsNumbersAndAQuestionAskedOnlyAfterAnAnswer() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Survey s = create(Target.EVERYONE, false, null);
        List<Question> qs = answering.questions(s.getId());
        assertThat(qs).extracting(Question::getCode).containsExactly("paid", "amount", "trust");
        assertThat(qs.get(0).getSection().getSq()).isEqualTo("Përvoja");
        assertThat(qs.get(1).getSection()).isNull();
        assertThat(qs.get(1).getKind()).isEqualTo(QuestionKind.NUMBER);
        assertThat(qs.get(1).getShowIfChoiceId()).isEqualTo(answering.choices(s.getId()).get(0).getId());

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        assertThatThrownBy(() -> answering.submit(s.getId(), answers(s, 0, null, 5)))
                .as("asked after Po, and required then").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field,
                                InvalidInputException.Violation::messageKey)
                                .containsExactly(tuple("q" + qs.get(1).getId(), "survey.answer.required")));
        assertThatThrownBy(() -> answering.submit(s.getId(), answers(s, 0, 121, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey).containsExactly("survey.answer.range"));
        answering.submit(s.getId(), answers(s, 1, 50, 5));
        assertThat(repository.countAnswers(s.getId())).as("the number of a question not asked is not kept").isEqualTo(2);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        answering.submit(s.getId(), answers(s, 0, 40, 7));
        assertThat(repository.countAnswers(s.getId())).isEqualTo(5);
        folding.now();
        assertThat(repository.question(qs.get(1).getId()).orElseThrow().summary().mean()).isEqualTo(40.0);
    }

    @Test
    void everyBrokenRuleIsNamedByItsField() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        SurveyDef bad = new SurveyDef("Jo Kod!", BilingualText.of(null, "Only English"), null, clock.now(),
                clock.now().minusSeconds(5), List.of(
                        new QuestionDef("one", QuestionKind.SINGLE, true, t("Vetëm një"), null, null, null,
                                List.of(t("A")), null, null, null),
                        new QuestionDef("num", QuestionKind.NUMBER, false, t("Numër"), null, 10, 5, null, null, null,
                                null),
                        new QuestionDef("later", QuestionKind.SHORT_TEXT, false, t("Më vonë"), null, null, null, null,
                                null, "after", 0),
                        new QuestionDef("after", QuestionKind.SINGLE, false, BilingualText.of(null, "en"), null, null,
                                null, List.of(t("A"), t("B")), null, null, null)),
                Target.CITIZENS, true, null);
        assertThatThrownBy(() -> building.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field,
                        InvalidInputException.Violation::messageKey).containsExactlyInAnyOrder(
                                tuple("code", "survey.build.code"),
                                tuple("titleSq", "survey.input.required"),
                                tuple("closesAt", "survey.build.dates"),
                                tuple("anonymous", "survey.build.anonymous-target"),
                                tuple("question-1", "survey.build.options"),
                                tuple("question-2", "survey.build.scale"),
                                tuple("question-3", "survey.build.condition"),
                                tuple("question-4", "survey.build.text")));
        assertThat(repository.byCode("Jo Kod!")).isEmpty();
    }

    @Test
    void membersOfAVerifiedCsoBuildForTheirOrganisationOnly() {
        String rep = "cso-builder." + System.nanoTime() + "@example.al";
        Long mine = fixtures.verifiedOrganisation(OrganisationType.CSO, "OJF Ndërtuese " + System.nanoTime(), rep).getId();
        Long other = fixtures.verifiedOrganisation(OrganisationType.CSO, "OJF Tjetër " + System.nanoTime(),
                "cso-other." + System.nanoTime() + "@example.al").getId();

        ActingUser.actAs(rep);
        assertThat(building.buildsFor()).extracting(o -> o.getId()).containsExactly(mine);
        Survey s = create(Target.EVERYONE, false, mine);
        assertThat(s.getOrganisationId()).isEqualTo(mine);
        assertThat(building.mine()).extracting(Survey::getId).containsExactly(s.getId());
        assertThatThrownBy(() -> create(Target.EVERYONE, false, other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(Target.EVERYONE, false, null)).as("the platform's own: editors")
                .isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Survey platform = create(Target.EVERYONE, false, null);
        assertThat(building.editable(s.getId())).as("editors edit any").isNotNull();
        ActingUser.actAs(rep);
        assertThatThrownBy(() -> building.editable(platform.getId())).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        assertThatThrownBy(() -> create(Target.EVERYONE, false, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> building.editable(s.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSurveyWithAnswersKeepsItsQuestionsButNotItsTitle() {
        String editor = SurveyTestSupport.account(fixtures, "editor", Role.EDITOR);
        ActingUser.actAs(editor);
        Survey s = create(Target.EVERYONE, false, null);
        List<QuestionDef> fewer = List.of(questions().get(2));
        building.update(s.getId(), new SurveyDef(s.getCode(), t("Para përgjigjeve"), null, s.getOpensAt(), null, fewer,
                Target.EVERYONE, false, null));
        assertThat(answering.questions(s.getId())).extracting(Question::getCode).containsExactly("trust");

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        answering.submit(s.getId(), Map.of(answering.questions(s.getId()).get(0).getId(), Given.number(3)));
        ActingUser.actAs(editor);
        assertThatThrownBy(() -> building.update(s.getId(), new SurveyDef(s.getCode(), t("X"), null, s.getOpensAt(),
                null, questions(), Target.EVERYONE, false, null))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.build.answered"));
        building.update(s.getId(), new SurveyDef(s.getCode(), t("Titull i ri"), null, s.getOpensAt(), null, null,
                Target.CITIZENS, false, null));
        Survey after = repository.find(s.getId()).orElseThrow();
        assertThat(after.getTitle().getSq()).isEqualTo("Titull i ri");
        assertThat(after.getTarget()).isEqualTo(Target.CITIZENS);
        assertThat(answering.questions(s.getId())).extracting(Question::getCode).containsExactly("trust");
    }

    @Test
    void theTargetAudienceIsEnforcedWhenAnswering() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Survey citizens = create(Target.CITIZENS, false, null);
        Survey businesses = create(Target.BUSINESSES, false, null);
        Survey members = create(Target.MEMBERS, false, null);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "business", Role.BUSINESS));
        assertThatThrownBy(() -> answering.submit(citizens.getId(), answers(citizens, 1, null, 4)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.target.citizens"));
        answering.submit(businesses.getId(), answers(businesses, 1, null, 4));

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        answering.submit(citizens.getId(), answers(citizens, 1, null, 4));
        assertThatThrownBy(() -> answering.submit(members.getId(), answers(members, 1, null, 4)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.target.members"));
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "unverified", Role.CSO_MEMBER));
        assertThatThrownBy(() -> answering.submit(members.getId(), answers(members, 1, null, 4)))
                .as("the role alone, without a verified organisation").isInstanceOf(BusinessException.class);

        String member = "member." + System.nanoTime() + "@example.al";
        fixtures.verifiedOrganisation(OrganisationType.CSO, "OJF Anëtare " + System.nanoTime(), member);
        ActingUser.actAs(member);
        answering.submit(members.getId(), answers(members, 1, null, 4));
        folding.now();
        assertThat(repository.find(members.getId()).orElseThrow().getResponses()).isEqualTo(1);
        folding.now();
        assertThat(repository.find(citizens.getId()).orElseThrow().getResponses()).isEqualTo(1);
    }
}
