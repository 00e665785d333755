package al.rrjeti.survey.domain;

/**
 * Count, sum and sum of squares of numeric answers, and what they tell: the mean and its 95%
 * confidence interval (Student's t for small samples, the normal 1.96 beyond 30 degrees of freedom).
 */
public record Summary(long count, long sum, long sumOfSquares) {

    /** t(0.975) for 1 to 30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    public static final Summary EMPTY = new Summary(0, 0, 0);

    public boolean isEmpty() {
        return count == 0;
    }

    /** The mean, or NaN without answers. */
    public double mean() {
        return count == 0 ? Double.NaN : (double) sum / count;
    }

    /** The sample standard deviation, or NaN with fewer than two answers. */
    public double standardDeviation() {
        if (count < 2) {
            return Double.NaN;
        }
        double variance = (sumOfSquares - (double) sum * sum / count) / (count - 1);
        return Math.sqrt(Math.max(0, variance));
    }

    /** Half the width of the 95% confidence interval of the mean, or NaN with fewer than two answers. */
    public double margin() {
        if (count < 2) {
            return Double.NaN;
        }
        long df = count - 1;
        double t = df <= T975.length ? T975[(int) df - 1] : 1.96;
        return t * standardDeviation() / Math.sqrt(count);
    }

    public double low() {
        return mean() - margin();
    }

    public double high() {
        return mean() + margin();
    }

    public Summary plus(Summary other) {
        return new Summary(count + other.count, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }
}
