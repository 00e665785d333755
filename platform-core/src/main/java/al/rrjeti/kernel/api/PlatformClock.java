package al.rrjeti.kernel.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The platform's one source of "now". Services ask it instead of the system clock, so that tests
 * can move time (expiry of links, deadlines, digests) without waiting.
 */
@ApplicationScoped
public class PlatformClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /** Moves time forward by the given amount; for tests. */
    public void advance(Duration by) {
        clock = Clock.offset(clock, by);
    }

    /** Back to real time; for tests. */
    public void reset() {
        clock = Clock.systemUTC();
    }
}
