package al.rrjeti.kernel.testing;

import java.lang.reflect.Method;
import org.jboss.arquillian.config.descriptor.api.ArquillianDescriptor;
import org.jboss.arquillian.config.descriptor.api.ExtensionDef;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment for all of a module's Arquillian tests instead of one per test class (a deployment
 * costs about eight seconds). The module names the class whose {@code @Deployment} method builds
 * its one archive in its {@code arquillian.xml}:
 * <pre>{@code <extension qualifier="rrjeti-shared-deployment">
 *     <property name="deploymentClass">al.rrjeti.forum.ForumTestDeployment</property>
 * </extension>}</pre>
 * A test class without a {@code @Deployment} method of its own then runs against that archive,
 * deployed before the first such class and undeployed when the test run ends. A few classes that
 * need a configuration the others must not see share an archive of their own the same way: each
 * names the class that builds it with {@link Uses}. A class that declares its own
 * {@code @Deployment} gets it as before, deployed for that class alone. Only one archive is deployed
 * at a time (two applications would each boot the embedded Derby on the one database): a shared
 * one is undeployed before another archive is deployed, and deployed again when a later class
 * needs it, so {@link OwnDeploymentsFirst} runs the classes of each archive one after the other.
 *
 * <p>Journeys run two at a time, after all the other classes ({@link SideBySide}); the controller
 * deploys an archive once for the classes that ask for it at the same moment. Such a class runs
 * against the module's archive: one with an archive of its own, or {@link Uses}, is refused.
 */
public final class SharedDeployment implements LoadableExtension {

    /** The qualifier of the {@code arquillian.xml} extension element. */
    public static final String QUALIFIER = "rrjeti-shared-deployment";

    /**
     * The test class runs against the archive the named class's {@code @Deployment} method builds,
     * shared with every other class naming it, instead of the module's shared archive.
     */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    public @interface Uses {
        Class<?> value();
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Controller.class);
    }

    /** Hands each shared scenario to the classes that share it. */
    public static final class Controller {

        @Inject
        private Instance<ArquillianDescriptor> descriptor;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeployAll;

        private Class<?> deploymentClass;
        private boolean configurationRead;
        /** The shared scenarios, by the class that builds each archive. */
        private final java.util.Map<Class<?>, DeploymentScenario> shared = new java.util.HashMap<>();
        private boolean generatingShared;
        /** The class whose shared archive is deployed now, or null. */
        private Class<?> deployed;
        private boolean undeployingShared;

        public synchronized void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            if (!generatingShared && SideBySide.concurrent(testClass)
                    && (declaresDeployment(testClass) || testClass.isAnnotationPresent(Uses.class))) {
                throw new IllegalStateException(testClass.getName() + " runs beside other classes"
                        + " (@Execution(CONCURRENT)) but needs an archive other than the module's, which would replace"
                        + " theirs while they run: drop one or the other.");
            }
            Class<?> key = generatingShared ? null : sharedKey(testClass);
            if (key == null) {
                context.proceed();
                return;
            }
            DeploymentScenario known = shared.get(key);
            if (known != null) {
                scenario.set(known);
                return;
            }
            generatingShared = true;
            try {
                // Packs the deployment class's archive for the in-container protocol, in this class's scope.
                generate.fire(new GenerateDeployment(new TestClass(key)));
                shared.put(key, scenario.get());
            } finally {
                generatingShared = false;
            }
        }

        public synchronized void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            Class<?> key = keyOf(scenario.get());
            if (key != null && key == deployed) {
                return;
            }
            // Two applications never run side by side: each one's embedded Derby would hold the database.
            if (deployed != null) {
                DeploymentScenario current = scenario.get();
                try {
                    undeployShared();
                } finally {
                    scenario.set(current);
                }
            }
            context.proceed();
            if (key != null) {
                deployed = key;
                askForTheOpenApiDocument();
            }
        }

        public synchronized void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (undeployingShared || keyOf(scenario.get()) == null) {
                context.proceed();
            }
        }

        /** Before the containers stop (precedence over Arquillian's own AfterSuite observer). */
        public synchronized void undeployShared(@Observes(precedence = 100) AfterSuite event) {
            if (deployed == null) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(deployed);
            try {
                undeployShared();
            } finally {
                context.deactivate();
            }
        }

        /** Undeploys the shared archive that is deployed now (leaving its scenario as the current class's). */
        private void undeployShared() {
            scenario.set(shared.get(deployed));
            undeployingShared = true;
            try {
                undeployAll.fire(new UnDeployManagedDeployments());
            } finally {
                undeployingShared = false;
                deployed = null;
            }
        }

        /**
         * Has the server build its {@code /openapi} document now, beside the first tests: Payara
         * builds it on the first request by reading the whole archive again (about half a minute
         * on a test server), and the module's contract test would otherwise wait for all of it.
         * Nothing waits for this request; its answer is not looked at.
         */
        private static void askForTheOpenApiDocument() {
            java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .connectTimeout(java.time.Duration.ofSeconds(5)).build()
                    .sendAsync(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + TestPorts.HTTP + "/openapi"))
                            .timeout(java.time.Duration.ofMinutes(3)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
        }

        /** The class building the shared archive of this scenario, or null for a class's own. */
        private Class<?> keyOf(DeploymentScenario current) {
            for (java.util.Map.Entry<Class<?>, DeploymentScenario> e : shared.entrySet()) {
                if (e.getValue() == current) {
                    return e.getKey();
                }
            }
            return null;
        }

        /** The class building the archive the test class shares, or null when it has its own. */
        private Class<?> sharedKey(Class<?> testClass) {
            return declaresDeployment(testClass) ? null : sharedWith(testClass, deploymentClass());
        }

        private Class<?> deploymentClass() {
            if (!configurationRead) {
                configurationRead = true;
                for (ExtensionDef extension : descriptor.get().getExtensions()) {
                    String name = QUALIFIER.equals(extension.getExtensionName())
                            ? extension.getExtensionProperties().get("deploymentClass") : null;
                    if (name != null && !name.isBlank()) {
                        try {
                            deploymentClass = Class.forName(name.trim(), false, Thread.currentThread().getContextClassLoader());
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException("arquillian.xml names a deployment class that is not there: " + name, e);
                        }
                    }
                }
            }
            return deploymentClass;
        }

        /** The class naming the archive a test class shares: its {@link Uses}, else the module's. */
        static Class<?> sharedWith(Class<?> testClass, Class<?> moduleShared) {
            Uses uses = testClass.getAnnotation(Uses.class);
            return uses != null ? uses.value() : moduleShared;
        }

        static boolean declaresDeployment(Class<?> testClass) {
            for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Deployment.class)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
