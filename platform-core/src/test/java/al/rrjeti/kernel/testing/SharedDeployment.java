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
 * deployed before the first such class and undeployed when the test run ends. A class that
 * declares its own {@code @Deployment} (a configuration the others must not see) gets it as
 * before, deployed for that class alone; the shared archive is undeployed before it (two
 * applications would each boot the embedded Derby on the one database) and deployed again for
 * the next class that needs it, so such a class costs two deployments: keep them rare.
 */
public final class SharedDeployment implements LoadableExtension {

    /** The qualifier of the {@code arquillian.xml} extension element. */
    public static final String QUALIFIER = "rrjeti-shared-deployment";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Controller.class);
    }

    /** Hands the shared scenario to every class without a deployment of its own. */
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
        private DeploymentScenario shared;
        private boolean generatingShared;
        private boolean deployed;
        private boolean undeployingShared;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            if (generatingShared || declaresDeployment(testClass) || deploymentClass() == null) {
                context.proceed();
                return;
            }
            if (shared == null) {
                generatingShared = true;
                try {
                    // Packs the deployment class's archive for the in-container protocol, in this class's scope.
                    generate.fire(new GenerateDeployment(new TestClass(deploymentClass)));
                    shared = scenario.get();
                } finally {
                    generatingShared = false;
                }
            } else {
                scenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!usesShared()) {
                // Two applications never run side by side: each one's embedded Derby would hold the database.
                if (deployed) {
                    DeploymentScenario own = scenario.get();
                    scenario.set(shared);
                    try {
                        undeployShared();
                    } finally {
                        scenario.set(own);
                    }
                }
                context.proceed();
            } else if (!deployed) {
                context.proceed();
                deployed = true;
                askForTheOpenApiDocument();
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (undeployingShared || !usesShared()) {
                context.proceed();
            }
        }

        /** Before the containers stop (precedence over Arquillian's own AfterSuite observer). */
        public void undeployShared(@Observes(precedence = 100) AfterSuite event) {
            if (!deployed) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(deploymentClass);
            try {
                scenario.set(shared);
                undeployShared();
            } finally {
                context.deactivate();
            }
        }

        /** Undeploys the shared archive; the current class scope must hold the shared scenario. */
        private void undeployShared() {
            undeployingShared = true;
            try {
                undeployAll.fire(new UnDeployManagedDeployments());
            } finally {
                undeployingShared = false;
                deployed = false;
            }
        }

        /**
         * Has the server build its {@code /openapi} document now, beside the first tests: Payara
         * builds it on the first request by reading the whole archive again (about half a minute
         * on a test server), and the module's contract test would otherwise wait for all of it.
         * Nothing waits for this request; its answer is not looked at.
         */
        private static void askForTheOpenApiDocument() {
            java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build()
                    .sendAsync(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + TestPorts.HTTP + "/openapi"))
                            .timeout(java.time.Duration.ofMinutes(3)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
        }

        private boolean usesShared() {
            return shared != null && scenario.get() == shared;
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
