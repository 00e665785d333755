package al.rrjeti.kernel.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Periodic work a module asks the kernel to run while the module is active.
 *
 * @param id     dotted, prefixed by the module id, e.g. {@code library.link-check}
 * @param every  the pause between the end of one run and the start of the next (at least a minute)
 * @param task   the work; it runs with the application's context, so it may call transactional beans
 */
public record ScheduledJob(String id, Duration every, Runnable task) {

    public ScheduledJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(task, "task");
    }
}
