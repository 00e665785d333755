package al.rrjeti.kernel.api.background;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.Background;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kernel's background threads, used from a request (this test method runs inside one): the
 * tasks write in transactions of their own, never in the request's context, and when they end the
 * request's entity manager is still open (the server's managed executor closed it under the request,
 * which then failed with a 500).
 */
@ExtendWith(ArquillianExtension.class)
class BackgroundIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final int TASKS = 20;

    @Inject
    private Background background;

    @Inject
    private RequestReader reader;

    @Inject
    private ApplicationReader applicationReader;

    @Inject
    private Fixtures fixtures;

    @Test
    void tasksFromARequestLeaveItsEntityManagerOpenAndSeeNoneOfItsContext() throws Exception {
        long before = reader.accounts(); // the request's entity manager, in use from here on
        CountDownLatch done = new CountDownLatch(TASKS);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Queue<String> requestScope = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            background.execute(() -> {
                try {
                    fixtures.account("sfond." + n + "." + RUN + "@example.al", "Sfond " + n, Role.CITIZEN);
                    applicationReader.accounts(); // and a read outside any transaction
                    try {
                        reader.accounts();
                        requestScope.add("task " + n + " reached the request's beans");
                    } catch (ContextNotActiveException expected) {
                        // not in a request: as documented
                    }
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the tasks ran").isTrue();
        assertThat(failures).as("the tasks' own transactions").isEmpty();
        assertThat(requestScope).as("a task never runs in the caller's request").isEmpty();
        // Each task's end has passed; the request goes on reading with its entity manager.
        for (int i = 0; i < 5; i++) {
            assertThat(reader.accounts()).isEqualTo(before + TASKS);
            assertThat(applicationReader.accounts()).isEqualTo(before + TASKS);
            Thread.sleep(50);
        }
    }

    @Test
    void aTaskThatFailsIsLoggedAndTheThreadsGoOn() throws Exception {
        background.execute(() -> {
            throw new IllegalStateException("a failing background task (expected by BackgroundIT)");
        });
        CountDownLatch next = new CountDownLatch(4);
        for (int i = 0; i < 4; i++) {
            background.execute(next::countDown);
        }
        assertThat(next.await(30, TimeUnit.SECONDS)).as("tasks after a failure still run").isTrue();
    }

    @Test
    void aDelayedTaskRunsOnceAfterItsDelayOnABackgroundThreadWithoutHoldingOne() throws Exception {
        long start = System.nanoTime();
        CountDownLatch ran = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicLong after = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        background.later(java.time.Duration.ofMillis(700), () -> {
            after.set(System.nanoTime() - start);
            runs.incrementAndGet();
            ran.countDown();
        });
        // While it waits, both background threads stay free: tasks given now run before it.
        CountDownLatch meanwhile = new CountDownLatch(2);
        background.execute(meanwhile::countDown);
        background.execute(meanwhile::countDown);
        assertThat(meanwhile.await(10, TimeUnit.SECONDS)).as("the threads are free while a task waits").isTrue();
        assertThat(ran.getCount()).as("not before its delay").isEqualTo(1);
        assertThat(ran.await(30, TimeUnit.SECONDS)).as("the delayed task ran").isTrue();
        assertThat(after.get()).as("after its delay").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(700));
        Thread.sleep(200);
        assertThat(runs.get()).as("once").isEqualTo(1);
    }
}
