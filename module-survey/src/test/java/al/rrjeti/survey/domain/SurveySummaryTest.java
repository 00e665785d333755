package al.rrjeti.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The mean and its confidence interval from running totals, checked by hand. */
class SurveySummaryTest {

    @Test
    void fewerThanTwoAnswersHaveNoInterval() {
        assertThat(Summary.EMPTY.mean()).isNaN();
        assertThat(new Summary(1, 4, 16).mean()).isEqualTo(4.0);
        assertThat(new Summary(1, 4, 16).margin()).isNaN();
    }

    @Test
    void smallSamplesUseStudentsT() {
        // 2 and 4: mean 3, s = 1.41421, t(1) = 12.706: margin = 12.706 * 1.41421 / 1.41421 = 12.706
        assertThat(new Summary(2, 6, 20).margin()).isCloseTo(12.706, within(1e-9));
    }

    @Test
    void largeSamplesUseTheNormalQuantile() {
        // 100 answers, half 1 and half 5: mean 3, s² = (1300 - 90000/100) / 99 = 4.0404
        Summary s = new Summary(100, 300, 1300);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.margin()).isCloseTo(1.96 * Math.sqrt(400.0 / 99) / 10, within(1e-9));
    }

    @Test
    void aRatingCountedOutLeavesNoTrace() {
        MeasureStat stat = new MeasureStat(1L, Aspect.TRUST, MeasureStat.ALL);
        stat.count(4, 1);
        stat.count(2, 1);
        stat.count(4, -1);
        assertThat(stat.summary()).isEqualTo(new Summary(1, 2, 4));
        assertThat(stat.distribution()).containsExactly(0, 1, 0, 0, 0);
    }
}
