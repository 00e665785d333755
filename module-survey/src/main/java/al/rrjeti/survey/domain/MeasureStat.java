package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The running totals of one aspect of one measure, for all time ({@link #ALL}) or one month
 * ({@code 2026-11}): kept as ratings come, change and go, so results never read the ratings.
 */
@Entity
@Table(name = "survey_measure_stat")
public class MeasureStat {

    public static final String ALL = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "aspect", nullable = false, length = 10)
    private Aspect aspect;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "answers", nullable = false)
    private long answers;

    @Column(name = "total", nullable = false)
    private long total;

    @Column(name = "total_sq", nullable = false)
    private long totalSq;

    @Column(name = "n1", nullable = false)
    private long n1;

    @Column(name = "n2", nullable = false)
    private long n2;

    @Column(name = "n3", nullable = false)
    private long n3;

    @Column(name = "n4", nullable = false)
    private long n4;

    @Column(name = "n5", nullable = false)
    private long n5;

    protected MeasureStat() {
    }

    public MeasureStat(Long measureId, Aspect aspect, String period) {
        this.measureId = measureId;
        this.aspect = aspect;
        this.period = period;
    }

    /** Counts a value in (+1) or out (-1). */
    public void count(int value, int sign) {
        answers += sign;
        total += (long) sign * value;
        totalSq += (long) sign * value * value;
        switch (value) {
            case 1 -> n1 += sign;
            case 2 -> n2 += sign;
            case 3 -> n3 += sign;
            case 4 -> n4 += sign;
            case 5 -> n5 += sign;
            default -> throw new IllegalArgumentException("rating value " + value);
        }
    }

    public Summary summary() {
        return new Summary(answers, total, totalSq);
    }

    /** How many gave 1, 2, … 5. */
    public long[] distribution() {
        return new long[] {n1, n2, n3, n4, n5};
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public String getPeriod() {
        return period;
    }

    public long getAnswers() {
        return answers;
    }
}
