package al.rrjeti.kernel;

import al.rrjeti.kernel.module.Migrations;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.security.OperatorBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings the platform up when the application starts: the kernel's tables, the operator
 * account, then the modules (their tables and seed content).
 */
@ApplicationScoped
public class KernelStartup {

    private static final Logger LOG = Logger.getLogger(KernelStartup.class.getName());

    @Inject
    private Migrations migrations;

    @Inject
    private OperatorBootstrap operator;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private KernelJobs jobs;

    @Inject
    private SearchIndex search;

    @Inject
    private al.rrjeti.kernel.api.DemoContent demo;

    @Inject
    private al.rrjeti.kernel.api.Background background;

    /** Called once by the web application's start-up listener. */
    public void start() {
        long started = System.nanoTime();
        migrations.apply(Migrations.KERNEL_CHANGELOG, KernelStartup.class.getClassLoader());
        operator.ensureOperator();
        background.start();
        search.open();
        registry.start();
        demo.seedIfEnabled();
        if (search.needsRebuild()) {
            search.rebuild();
        }
        jobs.start();
        LOG.info(() -> "Rrjeti kernel " + Kernel.VERSION + " started in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Called when the web application stops. */
    public void stop() {
        jobs.stop();
        background.stop();
        search.close();
    }
}
