package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

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
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.application.SurveyResults.Results;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Survey;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Results by respondent group, from the tallies, with small groups withheld. */
@ExtendWith(ArquillianExtension.class)
class SurveyGroupsIT {

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
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
    }

    private void answer(Survey s, Role role, int option, int scale) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, role.key(), role));
        List<Choice> options = answering.choices(s.getId());
        Map<Long, Given> a = new HashMap<>();
        a.put(answering.questions(s.getId()).get(0).getId(), Given.choice(options.get(option).getId()));
        a.put(answering.questions(s.getId()).get(1).getId(), Given.number(scale));
        answering.submit(s.getId(), a);
        folding.now();
    }

    @Test
    void eachGroupSeesItsOwnCountsAndSmallGroupsAreWithheld() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        BilingualText t = BilingualText.of("Pyetje", "Question");
        Survey s = building.create(new SurveyDef("grupe-" + Long.toString(System.nanoTime(), 36), t, null,
                clock.now().minusSeconds(60), null, List.of(
                        new QuestionDef("yes", QuestionKind.SINGLE, true, t, null, null, null,
                                List.of(BilingualText.of("Po", "Yes"), BilingualText.of("Jo", "No")), null, null, null),
                        new QuestionDef("n", QuestionKind.SCALE, true, t, null, 0, 10, null, null, null, null))));
        for (int i = 0; i < 5; i++) {
            answer(s, Role.CITIZEN, 0, 8);
        }
        for (int i = 0; i < 4; i++) {
            answer(s, Role.BUSINESS, 1, 2);
        }
        Results all = results.of(s.getId());
        assertThat(all.responses()).isEqualTo(9);
        assertThat(all.groups()).as("4 businesses: too few, and citizens alone would give them away as 9 - 5")
                .isEmpty();
        assertThat(results.of(s.getId(), RespondentGroup.CITIZEN).withheld()).isTrue();

        answer(s, Role.BUSINESS, 1, 4);
        all = results.of(s.getId());
        assertThat(all.groups()).containsExactly(RespondentGroup.CITIZEN, RespondentGroup.BUSINESS);
        Results citizens = results.of(s.getId(), RespondentGroup.CITIZEN);
        assertThat(citizens.withheld()).isFalse();
        assertThat(citizens.responses()).isEqualTo(5);
        assertThat(citizens.questions().get(0).counts()).extracting(SurveyResults.Count::answers).containsExactly(5L, 0L);
        assertThat(citizens.questions().get(1).summary().mean()).isEqualTo(8.0);
        Results businesses = results.of(s.getId(), RespondentGroup.BUSINESS);
        assertThat(businesses.questions().get(0).counts()).extracting(SurveyResults.Count::answers)
                .containsExactly(0L, 5L);
        assertThat(businesses.questions().get(0).answered()).isEqualTo(5);
        assertThat(businesses.questions().get(1).summary().mean()).isEqualTo(2.4);
        assertThat(businesses.questions().get(1).values().get(4).answers()).isEqualTo(1);
        assertThat(results.of(s.getId(), RespondentGroup.MEMBER).withheld()).isTrue();
        assertThat(all.questions().get(0).counts()).extracting(SurveyResults.Count::answers).containsExactly(5L, 5L);
    }
}
