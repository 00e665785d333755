package al.rrjeti.kernel.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * In in-container tests: many writers at once, each on a container thread, every piece of work
 * with a request context and container invocation of its own (as requests have, see
 * {@link Isolated}), all let go at the same moment.
 */
@ApplicationScoped
public class Concurrently {

    /** One writer's work: its number (0…threads-1) and the round (0…rounds-1). */
    @FunctionalInterface
    public interface Work {
        void run(int writer, int round) throws Exception;
    }

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    /**
     * Runs {@code rounds} of work on each of {@code writers} threads started together.
     *
     * @return every failure, in no particular order (empty when all succeeded)
     */
    public List<Throwable> run(int writers, int rounds, Work work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers);
        Isolated isolated = CDI.current().select(Isolated.class).get();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> started = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = threads.newThread(() -> {
                try {
                    start.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    failures.add(e);
                    return;
                }
                for (int r = 0; r < rounds; r++) {
                    Exception failed = isolated.run(work, writer, r);
                    if (failed != null) {
                        failures.add(failed);
                    }
                }
            });
            thread.start();
            started.add(thread);
        }
        // Joined, not pooled: a thread is over (its invocation ended) before the test reads again.
        for (Thread thread : started) {
            thread.join(TimeUnit.MINUTES.toMillis(10));
            if (thread.isAlive()) {
                failures.add(new IllegalStateException(thread.getName() + " still runs after ten minutes"));
            }
        }
        return new ArrayList<>(failures);
    }
}
