package al.rrjeti.kernel.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * In in-container tests: many writers at once, each on a container thread with a request context
 * of its own (as requests have), all let go at the same moment.
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
        ExecutorService pool = Executors.newFixedThreadPool(writers, threads);
        CyclicBarrier start = new CyclicBarrier(writers);
        Concurrently self = CDI.current().select(Concurrently.class).get();
        List<Future<List<Throwable>>> all = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            all.add(pool.submit((Callable<List<Throwable>>) () -> {
                start.await();
                List<Throwable> failed = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    try {
                        self.inRequest(work, writer, r);
                    } catch (Exception e) {
                        failed.add(e);
                    }
                }
                return failed;
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<List<Throwable>> f : all) {
            failures.addAll(f.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return failures;
    }

    @ActivateRequestContext
    public void inRequest(Work work, int writer, int round) throws Exception {
        work.run(writer, round);
    }
}
