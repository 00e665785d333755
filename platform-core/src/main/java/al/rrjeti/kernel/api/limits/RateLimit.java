package al.rrjeti.kernel.api.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * A named budget: at most {@code capacity} actions, given back evenly over {@code period}
 * (a token bucket). "5 per hour" lets five through at once, then one every twelve minutes.
 *
 * @param name what is limited ({@code login-failures-per-account}); buckets of different limits never mix
 * @param capacity how many actions the budget holds
 * @param period how long the budget takes to fill up again once spent
 */
public record RateLimit(String name, long capacity, Duration period) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive period: "
                    + name);
        }
    }

    public static RateLimit of(String name, long capacity, Duration period) {
        return new RateLimit(name, capacity, period);
    }
}
