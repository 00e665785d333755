package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.survey.application.Folding;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.Keys;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.application.SurveySettings;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import al.rrjeti.survey.domain.Target;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers without an account: once per signed browser token, a budget per client address, nothing identifying kept. */
@ExtendWith(ArquillianExtension.class)
class SurveyAnonymousIT {

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
    private SurveyRepository repository;

    @Inject
    private Keys keys;

    @Inject
    private SurveySettings settings;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private Survey survey(boolean anonymous) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        BilingualText q = BilingualText.of("Sa besoni?", "How much do you trust?");
        Survey s = building.create(new SurveyDef("anonim-" + Long.toString(System.nanoTime(), 36), q, null,
                clock.now().minusSeconds(60), null, List.of(new QuestionDef("trust", QuestionKind.SCALE, true, q, null,
                        0, 10, null, null, null, null)), Target.EVERYONE, anonymous, null));
        ActingUser.actAs(null);
        return s;
    }

    private Map<Long, Given> trust(Survey s, Integer n) {
        return Map.of(answering.questions(s.getId()).get(0).getId(), Given.number(n));
    }

    private static String address() {
        return "203.0.113." + (System.nanoTime() % 250) + "-" + System.nanoTime();
    }

    @Test
    void aBrowserAnswersOnceAndOnlyWithTheServersOwnToken() {
        Survey s = survey(true);
        String token = keys.newBrowserToken();
        String address = address();
        answering.submitAnonymously(s.getId(), trust(s, 7), token, address);
        assertThat(answering.hasAnsweredFrom(s.getId(), token)).isTrue();
        assertThatThrownBy(() -> answering.submitAnonymously(s.getId(), trust(s, 2), token, address))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.answer.already"));
        String forged = "0".repeat(32) + "." + "0".repeat(64);
        assertThatThrownBy(() -> answering.submitAnonymously(s.getId(), trust(s, 2), forged, address))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.anonymous.cookie"));
        assertThatThrownBy(() -> answering.submitAnonymously(s.getId(), trust(s, 2), null, address))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.anonymous.cookie"));
        Survey withAccounts = survey(false);
        assertThatThrownBy(() -> answering.submitAnonymously(withAccounts.getId(), trust(withAccounts, 2),
                keys.newBrowserToken(), address)).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.anonymous.not-allowed"));

        folding.now();
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isEqualTo(1);
        assertThat(repository.groupCounts(s.getId())).singleElement()
                .satisfies(g -> assertThat(g.getGroup()).isEqualTo(RespondentGroup.OTHER));
        assertThat(repository.participated(keys.browser(token, s.getId()))).isTrue();
        folding.now();
        assertThat(results.of(s.getId()).questions().get(0).summary().mean()).isEqualTo(7.0);
    }

    @Test
    void oneAddressGetsABudgetPerHourAndRefusedFormsCostNothing() {
        Survey s = survey(true);
        String address = address();
        long budget = settings.anonymousPerAddress().capacity();
        for (int i = 0; i < budget + 3; i++) {
            assertThatThrownBy(() -> answering.submitAnonymously(s.getId(), trust(s, 11), keys.newBrowserToken(),
                    address)).isInstanceOf(InvalidInputException.class);
        }
        for (int i = 0; i < budget; i++) {
            answering.submitAnonymously(s.getId(), trust(s, i % 11), keys.newBrowserToken(), address);
        }
        assertThatThrownBy(() -> answering.submitAnonymously(s.getId(), trust(s, 5), keys.newBrowserToken(), address))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.anonymous.limited");
                    assertThat(e.waitLeft()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
                });
        answering.submitAnonymously(s.getId(), trust(s, 5), keys.newBrowserToken(), address());
        clock.advance(Duration.ofHours(1));
        answering.submitAnonymously(s.getId(), trust(s, 5), keys.newBrowserToken(), address);
        folding.now();
        assertThat(repository.find(s.getId()).orElseThrow().getResponses()).isEqualTo(budget + 2);
    }
}
