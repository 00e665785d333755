package al.rrjeti.survey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.survey.application.SurveyResults.Results;
import al.rrjeti.survey.domain.RespondentGroup;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Results kept per survey and group until the module's next change; never older than a change before the request. */
class SurveyResultsMemoryTest {

    private final ResultsMemory memory = new ResultsMemory();
    private final AtomicInteger computed = new AtomicInteger();

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
    void aComputationUnderWayWhenAChangeCommitsIsNotGivenToLaterReaders() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Results> early = CompletableFuture.supplyAsync(() -> memory.get(1L, null, () -> {
            reading.countDown();
            try {
                commit.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Results(null, List.of(), null, -1, false, List.of());
        }).results());
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        memory.changed(PublicContentChanged.of("survey"));
        Results late = memory.get(1L, null, results()).results();
        commit.countDown();
        assertThat(early.get(5, TimeUnit.SECONDS).responses()).isEqualTo(-1);
        assertThat(late.responses()).as("read after the change").isEqualTo(1);
        assertThat(memory.get(1L, null, results()).results()).isSameAs(late);
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
