package org.jboss.arquillian.junit5;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts Arquillian's one manager for the test run (its containers, the shared deployment's
 * controller) under a lock. {@link ArquillianExtension} makes it on the first class that needs it
 * without one: two classes starting side by side would each make one, and each would deploy the
 * module's archive. In Arquillian's package because its lifecycle manager is package-private.
 */
public final class ArquillianManagerStart {

    private ArquillianManagerStart() {
    }

    /** Makes the run's manager unless there is one (the same one ArquillianExtension then finds). */
    public static synchronized void ensureStarted(ExtensionContext context) throws Exception {
        JUnitJupiterTestClassLifecycleManager.getManager(context);
    }
}
