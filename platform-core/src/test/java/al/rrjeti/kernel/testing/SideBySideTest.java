package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
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
 * The journeys' schedule, run through JUnit's launcher with the integration tests' configuration
 * (read from the root pom, so that a change there is checked here):
 * the classes marked concurrent start only after every other class has finished, and then run two
 * at a time.
 */
class SideBySideTest {

    private static final Queue<String> EVENTS = new ConcurrentLinkedQueue<>();
    /** Both concurrent classes must reach it at once (it breaks after ten seconds otherwise). */
    private static final CyclicBarrier TOGETHER = new CyclicBarrier(2);

    @Test
    void concurrentClassesWaitForTheOthersThenRunTogether() throws Exception {
        EVENTS.clear();
        TOGETHER.reset();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(JourneyOne.class), selectClass(InContainerOne.class),
                        selectClass(JourneyTwo.class), selectClass(InContainerTwo.class))
                .configurationParameters(integrationTestConfiguration())
                .build(), summary);

        assertThat(summary.getSummary().getFailures()).as("the journeys met: they ran at the same time").isEmpty();
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(4);
        assertThat(EVENTS).as("the others, one after the other, then the journeys")
                .startsWith("start InContainerOne", "end InContainerOne", "start InContainerTwo", "end InContainerTwo")
                .hasSize(8);
    }

    /**
     * JUnit's configuration of the build's integration tests, as the root pom gives it to failsafe
     * (with parallel execution on, its default), less the class orderer, which needs Arquillian.
     */
    private static Map<String, String> integrationTestConfiguration() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        String text = pom.substring(pom.indexOf("<configurationParameters>") + "<configurationParameters>".length(),
                pom.indexOf("</configurationParameters>")).replace("${test.parallel}", "true");
        Properties parameters = new Properties();
        parameters.load(new StringReader(text));
        parameters.remove("junit.jupiter.testclass.order.default");
        Map<String, String> configuration = new HashMap<>();
        parameters.forEach((k, v) -> configuration.put((String) k, (String) v));
        assertThat(configuration).containsEntry("junit.jupiter.execution.parallel.enabled", "true");
        return configuration;
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
