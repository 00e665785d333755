package al.rrjeti.kernel.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.junit5.ArquillianManagerStart;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Runs a module's browser journeys two at a time, after its other integration tests.
 *
 * <p>A journey keeps about one of the two cores busy: the test, ChromeDriver, the browser and the
 * server work in turn. Its class says {@code @Execution(ExecutionMode.CONCURRENT)} when it only
 * drives the platform as its users do — its own accounts and content, no module switch, no clock,
 * no count of everything — so that two such classes (or two of one class's tests) can run at once.
 * The module's other classes run one at a time, in their order, as before (JUnit's parallel
 * execution, two threads, set in the root pom's failsafe configuration).
 *
 * <p>JUnit would start a concurrent class beside the others as soon as it can: the extension
 * (registered through {@code META-INF/services}, {@code junit.jupiter.extensions.autodetection.enabled})
 * holds a concurrent class back until every class that runs one at a time has finished, which the
 * listener (registered the same way for the launcher) counts from the test plan. With parallel
 * execution switched off ({@code -Dtest.parallel=false}) nothing waits.
 *
 * <p>It also makes the run's one Arquillian manager before the first Arquillian class starts, under
 * a lock: two classes starting at once would each make one, and each would deploy the archive; and,
 * when the build runs two test servers, takes one for the run before anything reads its address
 * ({@link TestServers}).
 */
public final class SideBySide implements BeforeAllCallback, TestExecutionListener {

    /** The longest a journey waits for the others (a test that hangs fails on its own timeout first). */
    private static final long WAIT_MINUTES = 30;

    /** The classes of this run that go one at a time, not yet finished. */
    private static volatile CountDownLatch others = new CountDownLatch(0);
    private static final Set<String> counted = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Class<?> testClass = context.getRequiredTestClass();
        if (isArquillian(testClass)) {
            ArquillianManagerStart.ensureStarted(context);
        }
        boolean parallel = context.getConfigurationParameter("junit.jupiter.execution.parallel.enabled")
                .map(Boolean::parseBoolean).orElse(false);
        if (parallel && concurrent(testClass) && !others.await(WAIT_MINUTES, TimeUnit.MINUTES)) {
            throw new IllegalStateException(testClass.getName() + " waited " + WAIT_MINUTES
                    + " minutes for the module's other test classes to finish (" + others.getCount() + " left)");
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        TestServers.claim();
        counted.clear();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier node : plan.getDescendants(root)) {
                Class<?> testClass = topLevelClass(plan, node);
                if (testClass != null && !concurrent(testClass)) {
                    counted.add(node.getUniqueId());
                }
            }
        }
        others = new CountDownLatch(counted.size());
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        done(identifier);
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        done(identifier);
    }

    private static void done(TestIdentifier identifier) {
        if (counted.remove(identifier.getUniqueId())) {
            others.countDown();
        }
    }

    /** The test class a node of the plan stands for, if it is a class directly under its engine. */
    private static Class<?> topLevelClass(TestPlan plan, TestIdentifier node) {
        if (!node.isContainer() || !(node.getSource().orElse(null) instanceof ClassSource source)) {
            return null;
        }
        boolean underEngine = plan.getParent(node).flatMap(p -> plan.getParent(p)).isEmpty();
        if (!underEngine) {
            return null;
        }
        try {
            return Class.forName(source.getClassName(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Whether the class says {@code @Execution(CONCURRENT)}. */
    static boolean concurrent(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, Execution.class)
                .map(e -> e.value() == ExecutionMode.CONCURRENT).orElse(false);
    }

    private static boolean isArquillian(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(e -> java.util.Arrays.asList(e.value()).contains(ArquillianExtension.class));
    }
}
