package al.rrjeti.survey.application;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.survey.application.SurveyResults.Results;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bounded staleness: after a change, a reader waits a short time for the one computation under way;
 * past it, it gets the last computed results (never older ones), marked stale, and the computation
 * replaces them when done — computing again if a change came meanwhile.
 */
class SurveyResultsStalenessTest {

    private static final Duration WAIT = Duration.ofMillis(50);

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final ResultsMemory memory = new ResultsMemory(background, WAIT);
    private final AtomicInteger computed = new AtomicInteger();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Results numbered by their computation (in {@code responses}). */
    private Supplier<Results> fast() {
        return () -> new Results(null, List.of(), null, computed.incrementAndGet(), false, List.of());
    }

    /** As {@link #fast()}, once {@code release} is counted down; {@code started} says it began. */
    private Supplier<Results> held(CountDownLatch started, CountDownLatch release) {
        return () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fast().get();
        };
    }

    private ResultsMemory.Kept read(Supplier<Results> compute) {
        return memory.get(7L, null, compute);
    }

    private void change() {
        memory.changed(PublicContentChanged.of("survey"));
    }

    /** Reads (with a fast computation) until the results are fresh, at most a few seconds. */
    private ResultsMemory.Kept freshSoon() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        ResultsMemory.Kept k = read(fast());
        while (k.stale() && System.nanoTime() < until) {
            Thread.sleep(10);
            k = read(fast());
        }
        return k;
    }

    @Test
    void theFirstReaderWaitsForTheComputationHoweverLong() {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        background.execute(() -> {
            try {
                started.await(5, TimeUnit.SECONDS);
                Thread.sleep(4 * WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        ResultsMemory.Kept first = read(held(started, release));
        assertThat(first.stale()).as("nothing older to give").isFalse();
        assertThat(first.results().responses()).isEqualTo(1);
    }

    @Test
    void aFastComputationGivesFreshResultsAfterAChange() {
        read(fast());
        change();
        ResultsMemory.Kept after = read(fast());
        assertThat(after.stale()).isFalse();
        assertThat(after.results().responses()).isEqualTo(2);
    }

    @Test
    void aSlowComputationGivesTheLastResultsMarkedStaleThenReplacesThem() throws Exception {
        read(fast());
        change();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long before = System.nanoTime();
        ResultsMemory.Kept during = read(held(started, release));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        assertThat(during.stale()).isTrue();
        assertThat(during.results().responses()).as("the last computed").isEqualTo(1);
        assertThat(waited).as("waited about the wait, not for the computation").isLessThan(2000);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(read(held(new CountDownLatch(1), release)).stale()).as("still under way").isTrue();

        release.countDown();
        ResultsMemory.Kept after = freshSoon();
        assertThat(after.stale()).isFalse();
        assertThat(after.results().responses()).as("the background computation's, kept").isEqualTo(2);
        assertThat(computed).as("one computation for all those readers").hasValue(2);
    }

    @Test
    void aChangeDuringTheBackgroundComputationTriggersAnother() throws Exception {
        read(fast());
        change();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        assertThat(read(held(started, release)).stale()).isTrue();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        change();
        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (computed.get() < 3 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(computed).as("computed again by itself, for the change that came meanwhile").hasValue(3);
        ResultsMemory.Kept now = read(fast());
        assertThat(now.stale()).isFalse();
        assertThat(now.results().responses()).isEqualTo(3);
    }

    @Test
    void neverGivesResultsOlderThanTheLastComputed() throws Exception {
        read(fast());
        change();
        CountDownLatch release2 = new CountDownLatch(1);
        CountDownLatch started2 = new CountDownLatch(1);
        assertThat(read(held(started2, release2)).results().responses()).isEqualTo(1);
        assertThat(started2.await(5, TimeUnit.SECONDS)).isTrue();
        release2.countDown();
        assertThat(freshSoon().results().responses()).isEqualTo(2);

        change();
        CountDownLatch release3 = new CountDownLatch(1);
        ResultsMemory.Kept stale = read(held(new CountDownLatch(1), release3));
        assertThat(stale.stale()).isTrue();
        assertThat(stale.results().responses()).as("the previous version, not the first").isEqualTo(2);
        release3.countDown();
        assertThat(freshSoon().results().responses()).isEqualTo(3);
    }

    @Test
    void aFailedComputationIsNotServedAsOldResults() throws Exception {
        read(fast());
        change();
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Results> failing = () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("gone");
        };
        assertThat(read(failing).stale()).isTrue();
        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        ResultsMemory.Kept k = null;
        int failures = 0;
        while (System.nanoTime() < until) {
            try {
                k = read(fast());
                if (!k.stale()) {
                    break;
                }
            } catch (IllegalStateException joinedTheFailedOne) {
                failures++;
            }
            Thread.sleep(10);
        }
        assertThat(failures).as("only readers who waited for the failed computation").isLessThanOrEqualTo(1);
        assertThat(k).isNotNull();
        assertThat(k.results().responses()).as("computed anew after the failure, not the old ones").isEqualTo(2);
        assertThat(k.stale()).isFalse();
    }
}
