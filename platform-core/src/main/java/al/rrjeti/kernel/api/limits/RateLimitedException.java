package al.rrjeti.kernel.api.limits;

import al.rrjeti.kernel.api.BusinessException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A refusal because a budget is spent. Its message's first argument ({@code {0}}) is the wait left,
 * a {@link WaitLeft} that the web layer writes in the reader's language ("3 minutash", "3 minutes");
 * any further arguments follow as {@code {1}}, {@code {2}}…
 */
public class RateLimitedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final Duration wait;

    public RateLimitedException(String messageKey, Duration wait, Object... more) {
        super(messageKey, withWait(wait, more));
        this.wait = wait;
    }

    /** How long until the action is allowed again. */
    public Duration waitLeft() {
        return wait;
    }

    /** The wait in whole seconds, rounded up and at least one: an HTTP {@code Retry-After}. */
    public long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Object[] withWait(Duration wait, Object... more) {
        List<Object> all = new ArrayList<>();
        all.add(new WaitLeft(wait));
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
