package al.rrjeti.kernel.api.limits;

import al.rrjeti.kernel.api.PlatformClock;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The platform's one rate limiter, for the kernel and the modules alike: named budgets
 * ({@link RateLimit}) kept per key (an account, an e-mail address, a client address from
 * {@link ClientAddress}) as Bucket4j token buckets. A refusal is a {@link RateLimitedException}
 * that carries the wait left, so every refusal can say when to try again.
 *
 * <p>Buckets live in memory on each server: enough against bursts, forgotten at a restart. Time is
 * the {@link PlatformClock}'s, so tests move it instead of waiting.
 */
@ApplicationScoped
public class RateLimits {

    /** Above this many buckets, full ones (nobody spent from them lately) are dropped. */
    private static final int SWEEP_ABOVE = 20_000;

    @Inject
    private PlatformClock clock;

    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    public RateLimits() {
    }

    /** Outside a container (unit tests). */
    public RateLimits(PlatformClock clock) {
        this.clock = clock;
    }

    private record Held(RateLimit limit, Bucket bucket) {
    }

    /**
     * Spends one action from each budget for the key, or, when any budget is spent, refuses with
     * the longest wait among them and spends nothing.
     *
     * @param messageKey the refusal's text; its {@code {0}} is the wait left
     * @throws RateLimitedException when a budget is spent
     */
    public void take(String key, String messageKey, RateLimit... limits) {
        synchronized (this) {
            Optional<Duration> wait = waitFor(key, limits);
            if (wait.isPresent()) {
                throw new RateLimitedException(messageKey, wait.get());
            }
            for (RateLimit limit : limits) {
                bucket(limit, key).tryConsume(1);
            }
        }
        sweepIfLarge();
    }

    /**
     * Refuses, spending nothing, when one more action does not fit every budget; for an action that is
     * counted ({@link #spend}) only once it has succeeded.
     *
     * @throws RateLimitedException when a budget is spent
     */
    public void check(String key, String messageKey, RateLimit... limits) {
        Optional<Duration> wait = waitFor(key, limits);
        if (wait.isPresent()) {
            throw new RateLimitedException(messageKey, wait.get());
        }
    }

    /** How long until one more action fits every budget for the key; empty when it fits now. Spends nothing. */
    public Optional<Duration> waitFor(String key, RateLimit... limits) {
        long longest = 0;
        for (RateLimit limit : limits) {
            EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                longest = Math.max(longest, Math.max(1, probe.getNanosToWaitForRefill()));
            }
        }
        return longest == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(longest));
    }

    /** Counts an action that already happened (a failed login), even past the budget. */
    public void spend(String key, RateLimit... limits) {
        for (RateLimit limit : limits) {
            bucket(limit, key).consumeIgnoringRateLimits(1);
        }
        sweepIfLarge();
    }

    /** Gives the key its whole budget back (a successful login clears the account's failures). */
    public void forgive(String key, RateLimit limit) {
        Held held = buckets.remove(id(limit, key));
        if (held != null) {
            held.bucket().reset();
        }
    }

    private Bucket bucket(RateLimit limit, String key) {
        return buckets.computeIfAbsent(id(limit, key), k -> new Held(limit, Bucket.builder()
                .addLimit(b -> b.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(new ClockMeter(clock))
                .build())).bucket();
    }

    /** A budget changed in the configuration starts new buckets rather than reshaping old ones. */
    private static String id(RateLimit limit, String key) {
        return limit.name() + '|' + limit.capacity() + '/' + limit.period().toSeconds() + '|' + (key == null ? "" : key);
    }

    private void sweepIfLarge() {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(h -> h.bucket().getAvailableTokens() >= h.limit().capacity());
        }
    }

    /** Bucket4j's time source, read from the platform clock. */
    private record ClockMeter(PlatformClock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.now();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
