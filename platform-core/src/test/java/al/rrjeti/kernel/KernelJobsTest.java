package al.rrjeti.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KernelJobsTest {

    @Test
    void aModulesJobRunsOnlyWhileItsModuleIsActive() {
        Set<String> active = new HashSet<>(Set.of("library"));
        AtomicInteger runs = new AtomicInteger();
        Runnable job = KernelJobs.whileActive("library", runs::incrementAndGet, active::contains);

        job.run();
        assertThat(runs).hasValue(1);

        active.remove("library"); // the operator switches the module off
        job.run();
        job.run();
        assertThat(runs).as("nothing runs while the module is off").hasValue(1);

        active.add("library"); // and on again: the same schedule goes on
        job.run();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aSlowJobRunsOnItsOwnThreadAndNeverBesideItself() throws Exception {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            Thread scheduler = Thread.currentThread();
            java.util.concurrent.atomic.AtomicReference<Thread> ranOn = new java.util.concurrent.atomic.AtomicReference<>();
            Runnable slow = () -> {
                ranOn.set(Thread.currentThread());
                runs.incrementAndGet();
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            Runnable turn = KernelJobs.alone("library.link-check", slow, workers);

            turn.run(); // returns at once: the scheduler's thread is free for the mail
            assertThat(started.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(ranOn.get()).as("not on the scheduler's thread").isNotSameAs(scheduler);
            turn.run();
            turn.run();
            assertThat(runs).as("turns while it runs are skipped, not queued").hasValue(1);

            release.countDown();
            long until = System.currentTimeMillis() + 5_000;
            do {
                turn.run();
                Thread.sleep(20);
            } while (runs.get() < 2 && System.currentTimeMillis() < until);
            assertThat(runs).as("the next turn after it ended runs it again").hasValue(2);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aJobRefusedByStoppingWorkersRunsAgainOnceThereAreWorkers() {
        AtomicInteger runs = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.Executor workers = task -> {
            if (stopping.get()) {
                throw new java.util.concurrent.RejectedExecutionException("stopping");
            }
            task.run();
        };
        Runnable turn = KernelJobs.alone("digest", runs::incrementAndGet, workers);
        turn.run();
        assertThat(runs).hasValue(0);
        stopping.set(false);
        turn.run();
        assertThat(runs).as("a refusal does not leave the job marked as running").hasValue(1);
    }
}
