package al.rrjeti.survey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.survey.application.SurveyResults.Results;
import al.rrjeti.survey.domain.RespondentGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Results kept per survey and group until the module's next change; after a change, fresh ones if
 * they are computed within the wait, else the last computed ones, marked stale.
 */
class SurveyResultsMemoryTest {

    private final ExecutorService background = Executors.newCachedThreadPool();
    /** Long enough for an uncontended computation on a loaded machine. */
    private final ResultsMemory memory = new ResultsMemory(background, Duration.ofSeconds(5));
    private final AtomicInteger computed = new AtomicInteger();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private Supplier<Results> results() {
        return () -> new Results(null, List.of(), null, computed.incrementAndGet(), false, List.of());
    }

    @Test
    void computedOncePerSurveyAndGroupUntilTheModuleChanges() {
        Results first = memory.get(1L, null, results()).results();
        assertThat(memory.get(1L, null, results()).results()).isSameAs(first);
        assertThat(memory.get(1L, RespondentGroup.CITIZEN, results()).results()).isNotSameAs(first);
        assertThat(memory.get(2L, null, results()).results()).isNotSameAs(first);
        assertThat(computed).hasValue(3);

        memory.changed(PublicContentChanged.of("library"));
        assertThat(memory.get(1L, null, results()).results()).as("another module's change").isSameAs(first);
        memory.changed(PublicContentChanged.of("survey"));
        assertThat(memory.get(1L, null, results()).results().responses()).isEqualTo(4);
        memory.changed(PublicContentChanged.kernel());
        assertThat(memory.get(1L, null, results()).results().responses()).isEqualTo(5);
    }

    @Test
    void whatIsDerivedGoesWithTheResults() {
        ResultsMemory.Kept kept = memory.get(1L, null, results());
        assertThat(kept.derive("chart/sq/1", () -> "a")).isEqualTo("a");
        assertThat(kept.derive("chart/sq/1", () -> "b")).isEqualTo("a");
        memory.drop();
        assertThat(memory.get(1L, null, results()).derive("chart/sq/1", () -> "b")).isEqualTo("b");
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> memory.get(1L, null, () -> {
            throw new BusinessException("survey.unknown");
        })).isInstanceOf(BusinessException.class);
        assertThat(memory.get(1L, null, results()).results().responses()).isEqualTo(1);
    }

    @Test
    void aComputationUnderWayWhenAChangeCommitsIsNotGivenAsFreshToLaterReaders() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        CompletableFuture<ResultsMemory.Kept> early = CompletableFuture.supplyAsync(() -> memory.get(1L, null, () -> {
            if (!first.getAndSet(false)) {
                // The computation that follows for the change (the late reader may not have asked yet).
                return results().get();
            }
            reading.countDown();
            await(commit);
            return new Results(null, List.of(), null, -1, false, List.of());
        }));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        memory.changed(PublicContentChanged.of("survey"));
        CompletableFuture<ResultsMemory.Kept> late = CompletableFuture.supplyAsync(() -> memory.get(1L, null, results()));
        commit.countDown();
        // The early reader gets its own computation's results, or (if it was still waiting when the one
        // for the change ended) the newer ones: never older than when it asked.
        assertThat(early.get(5, TimeUnit.SECONDS).results().responses()).isIn(-1L, 1L);
        ResultsMemory.Kept after = late.get(5, TimeUnit.SECONDS);
        assertThat(after.results().responses()).as("computed again after the change").isEqualTo(1);
        assertThat(after.stale()).isFalse();
        assertThat(memory.get(1L, null, results()).results()).isSameAs(after.results());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void readersArrivingTogetherShareOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Supplier<Results> slow = () -> {
            started.countDown();
            try {
                finish.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return results().get();
        };
        CompletableFuture<Results> first = CompletableFuture.supplyAsync(() -> memory.get(1L, null, slow).results());
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Results> second = CompletableFuture.supplyAsync(() -> memory.get(1L, null, slow).results());
        Thread.sleep(100);
        finish.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
        assertThat(computed).hasValue(1);
    }
}
