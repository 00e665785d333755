package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The journeys' schedule, run through JUnit's launcher with the integration tests' configuration:
 * the classes marked concurrent start only after every other class has finished, and then run two
 * at a time.
 */
class SideBySideTest {

    private static final Queue<String> EVENTS = new ConcurrentLinkedQueue<>();
    /** Both concurrent classes must reach it at once (it breaks after ten seconds otherwise). */
    private static final CyclicBarrier TOGETHER = new CyclicBarrier(2);

    @Test
    void concurrentClassesWaitForTheOthersThenRunTogether() {
        EVENTS.clear();
        TOGETHER.reset();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(JourneyOne.class), selectClass(InContainerOne.class),
                        selectClass(JourneyTwo.class), selectClass(InContainerTwo.class))
                .configurationParameters(Map.of(
                        "junit.jupiter.extensions.autodetection.enabled", "true",
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "same_thread",
                        "junit.jupiter.execution.parallel.mode.classes.default", "same_thread",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2",
                        "junit.jupiter.execution.parallel.config.fixed.max-pool-size", "2"))
                .build(), summary);

        assertThat(summary.getSummary().getFailures()).as("the journeys met: they ran at the same time").isEmpty();
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(4);
        assertThat(EVENTS).as("the others, one after the other, then the journeys")
                .startsWith("start InContainerOne", "end InContainerOne", "start InContainerTwo", "end InContainerTwo")
                .hasSize(8);
    }

    private static void run(String name, boolean together) throws Exception {
        EVENTS.add("start " + name);
        if (together) {
            TOGETHER.await(10, TimeUnit.SECONDS);
        } else {
            Thread.sleep(200); // time for a journey that started too soon to show in the order
        }
        EVENTS.add("end " + name);
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class JourneyOne {
        @Test
        void walks() throws Exception {
            run("JourneyOne", true);
        }
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class JourneyTwo {
        @Test
        void walks() throws Exception {
            run("JourneyTwo", true);
        }
    }

    static class InContainerOne {
        @Test
        void checks() throws Exception {
            run("InContainerOne", false);
        }
    }

    static class InContainerTwo {
        @Test
        void checks() throws Exception {
            run("InContainerTwo", false);
        }
    }
}
