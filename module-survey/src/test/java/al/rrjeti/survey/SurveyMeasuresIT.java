package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.survey.application.MeasureResults;
import al.rrjeti.survey.application.MeasureResults.Results;
import al.rrjeti.survey.application.MeasureService;
import al.rrjeti.survey.application.MeasureService.Given;
import al.rrjeti.survey.application.MeasureService.MeasureForm;
import al.rrjeti.survey.application.SurveyPersonalData;
import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.Summary;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scorecard on a real server: who may do what, one rating per person, totals kept right. */
@ExtendWith(ArquillianExtension.class)
class SurveyMeasuresIT {

    @Inject
    private MeasureService measures;

    @Inject
    private MeasureResults results;

    @Inject
    private SurveyPersonalData personalData;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Accounts accounts;

    @Inject
    private PlatformClock clock;

    @Inject
    private Concurrently concurrently;

    @jakarta.annotation.Resource
    private UserTransaction transaction;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private static MeasureForm form(String title) {
        return new MeasureForm("Ministria e Drejtësisë", "Ministry of Justice", title, "Measure " + title,
                "Përshkrim i masës.", "The measure described.", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                "https://www.drejtesia.gov.al/strategjia\nhttps://example.al/raport");
    }

    private Measure measure(String title) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Measure m = measures.create(form(title));
        ActingUser.actAs(null);
        return m;
    }

    @Test
    void editorsKeepMeasuresCitizensAndAnonymousCannot() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        assertThatThrownBy(() -> measures.create(form("Qytetari"))).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(null);
        assertThatThrownBy(() -> measures.create(form("Anonim"))).isInstanceOf(AccessDeniedException.class);

        Measure m = measure("Strategjia kundër korrupsionit");
        assertThat(measures.get(m.getId()).getTitle().getSq()).isEqualTo("Strategjia kundër korrupsionit");
        assertThat(measures.get(m.getId()).getSourceList()).hasSize(2);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        assertThatThrownBy(() -> measures.update(m.getId(), form("Ndryshuar"))).isInstanceOf(AccessDeniedException.class);
        assertThat(measures.get(m.getId()).getTitle().getSq()).isEqualTo("Strategjia kundër korrupsionit");
    }

    @Test
    void aBadMeasureIsRefusedWithEveryProblemAtOnce() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        MeasureForm bad = new MeasureForm(" ", null, null, null, null, null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), "not an address");
        assertThatThrownBy(() -> measures.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("institutionSq", "survey.input.required"),
                                org.assertj.core.groups.Tuple.tuple("titleSq", "survey.input.required"),
                                org.assertj.core.groups.Tuple.tuple("endsOn", "survey.measure.dates"),
                                org.assertj.core.groups.Tuple.tuple("sources", "survey.measure.source")));
    }

    @Test
    void anonymousVisitorsCannotRateAndValuesOutOfRangeAreRefused() {
        Measure m = measure("Vlerësim anonim");
        assertThatThrownBy(() -> measures.rate(m.getId(), new Given(3, 3, 3, null)))
                .isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        assertThatThrownBy(() -> measures.rate(m.getId(), new Given(0, 6, 3, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("effective", "visible"));
        assertThat(results.of(m).count()).isZero();
    }

    @Test
    void aChangedRatingReplacesTheFirstAndMovesToItsNewMonth() {
        Measure m = measure("Ndryshim vlerësimi");
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        measures.rate(m.getId(), new Given(5, 4, 3, "Mirë"));
        measures.rate(m.getId(), new Given(2, 2, 2, "Më keq se sa mendoja"));

        Results r = results.of(m);
        assertThat(r.count()).as("changed, not doubled").isEqualTo(1);
        assertThat(r.of(Aspect.EFFECTIVE).summary().mean()).isEqualTo(2.0);
        assertThat(r.of(Aspect.EFFECTIVE).distribution()).containsExactly(0, 1, 0, 0, 0);
        assertThat(measures.mine(m.getId()).orElseThrow().getComment()).isEqualTo("Më keq se sa mendoja");
        assertThat(r.months()).hasSize(1);

        clock.advance(Duration.ofDays(40));
        measures.rate(m.getId(), new Given(4, 4, 4, null));
        r = results.of(m);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.months()).as("the rating now counts in its new month only").hasSize(1);
        assertThat(r.months().get(0).of(Aspect.TRUST).mean()).isEqualTo(4.0);
    }

    @Test
    void ratingsSentAtTheSameMomentByOnePersonCountOnce() throws Exception {
        Measure m = measure("Njëherësh");
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        List<Throwable> failures = concurrently.run(6, 2,
                (writer, round) -> measures.rate(m.getId(), new Given(1 + writer % 5, 3, 3, null)));
        assertThat(failures).isEmpty();
        transaction.begin();
        try {
            Results r = results.of(m);
            assertThat(r.count()).isEqualTo(1);
            assertThat(r.of(Aspect.VISIBLE).summary()).isEqualTo(new Summary(1, 3, 9));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theTotalsMatchAHandComputedFixture() {
        Measure m = measure("Fikstura");
        int[] effective = {1, 2, 4, 5, 5};
        for (int value : effective) {
            ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
            measures.rate(m.getId(), new Given(value, 3, 5, null));
        }
        Results r = results.of(m);
        Summary s = r.of(Aspect.EFFECTIVE).summary();
        // n = 5, sum = 17, sum of squares = 71: mean 3.4, s² = (71 - 17²/5) / 4 = 3.3, t(4) = 2.776
        assertThat(s).isEqualTo(new Summary(5, 17, 71));
        assertThat(s.mean()).isEqualTo(3.4);
        assertThat(s.margin()).isCloseTo(2.776 * Math.sqrt(3.3 / 5), within(1e-9));
        assertThat(s.low()).isCloseTo(1.1448, within(1e-3));
        assertThat(s.high()).isCloseTo(5.6552, within(1e-3));
        assertThat(r.of(Aspect.EFFECTIVE).distribution()).containsExactly(1, 1, 0, 1, 2);
        assertThat(r.of(Aspect.VISIBLE).summary().margin()).as("all the same: no spread").isEqualTo(0.0);
        assertThat(results.scorecard()).filteredOn(row -> row.measure().getId().equals(m.getId())).singleElement()
                .satisfies(row -> assertThat(row.of(Aspect.TRUST)).isEqualTo(new Summary(5, 25, 125)));
        assertThat(results.byInstitution()).filteredOn(i -> "Ministria e Drejtësisë".equals(i.name().getSq()))
                .singleElement().satisfies(i -> assertThat(i.count()).as("pooled over its measures")
                        .isGreaterThanOrEqualTo(5));
    }

    @Test
    void aPersonsRatingsAreExportedAndErasedWithTheTotals() throws Exception {
        Measure m = measure("Të dhënat personale");
        String other = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
        ActingUser.actAs(other);
        measures.rate(m.getId(), new Given(5, 5, 5, null));
        String email = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
        ActingUser.actAs(email);
        measures.rate(m.getId(), new Given(1, 2, 3, "Komenti im"));
        Long id = accounts.byEmail(email).orElseThrow().getId();

        Map<String, Object> export = personalData.export(id);
        assertThat((List<?>) export.get("ratings")).singleElement().asString().contains("Komenti im");
        assertThat(export.get("surveyAnswers").toString()).contains("anonymous");

        transaction.begin();
        personalData.erase(id);
        transaction.commit();

        assertThat((List<?>) personalData.export(id).get("ratings")).isEmpty();
        Results r = results.of(m);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.of(Aspect.EFFECTIVE).summary()).isEqualTo(new Summary(1, 5, 25));
    }
}
