package al.rrjeti.kernel.infrastructure;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts actions per key (an account, a client address) in a sliding window and refuses past
 * the limit. Kept in memory per server instance: enough against bursts from one client.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    private PlatformClock clock;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    /**
     * Records one action.
     *
     * @throws BusinessException {@code error.rate-limited} with the minutes to wait, past the limit
     */
    public void acquire(String action, String key, int max, Duration window) {
        Instant now = clock.now();
        Deque<Instant> times = events.computeIfAbsent(action + '|' + key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                throw new BusinessException("error.rate-limited", Math.max(1, (wait.toSeconds() + 59) / 60));
            }
            times.addLast(now);
        }
        if (events.size() > SWEEP_ABOVE) {
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(Duration.ofDays(1)));
                }
            });
        }
    }
}
