package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for one account, or
 * {@value #FREE_FAILURES_PER_CLIENT} from one client, each further try waits twice as long as the
 * one before (30 s, 1 min, 2 min … at most 15 min). A success clears the account's count.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_CLIENT = 20;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Inject
    private PlatformClock clock;

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last) {
    }

    /** How long the account or the client must still wait, if at all. */
    public Optional<Duration> lockedFor(String email, String client) {
        Instant now = clock.now();
        Duration wait = max(remaining(byAccount.get(key(email)), FREE_FAILURES, now),
                remaining(byClient.get(client), FREE_FAILURES_PER_CLIENT, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String email, String client) {
        Instant now = clock.now();
        byAccount.merge(key(email), new Failures(1, now), (a, b) -> next(a, now));
        byClient.merge(client, new Failures(1, now), (a, b) -> next(a, now));
    }

    public void succeeded(String email) {
        byAccount.remove(key(email));
    }

    private static Failures next(Failures previous, Instant now) {
        boolean stale = previous.last().plus(FORGET_AFTER).isBefore(now);
        return new Failures(stale ? 1 : previous.count() + 1, now);
    }

    private static Duration remaining(Failures f, int free, Instant now) {
        if (f == null || f.count() < free || f.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(f.count() - free, 10));
        if (lock.compareTo(LONGEST_LOCK) > 0) {
            lock = LONGEST_LOCK;
        }
        Duration left = Duration.between(now, f.last().plus(lock));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String email) {
        return Account.normalise(email == null ? "" : email);
    }
}
