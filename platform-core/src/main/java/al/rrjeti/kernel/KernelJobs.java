package al.rrjeti.kernel;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.mail.MailDelivery;
import al.rrjeti.kernel.notification.DigestJob;
import al.rrjeti.kernel.security.Accounts;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel's periodic work: sending the mail just committed (every second), retrying mail, the daily digest, forgetting accounts never confirmed;
 * and the modules' declared jobs, each run only while its module is active.
 *
 * <p>The server's scheduler has one thread by default, which also commits the search index. Only
 * the mail's two jobs run on it (one after the other, so a message is never sent twice at once);
 * the digest, the clean-up and the modules' jobs run on threads of their own ({@link #WORKERS}),
 * each never beside itself: a slow job (the library's link check waits up to 15 s for each dead
 * link) holds neither the mail nor the search nor another module's job.
 */
@ApplicationScoped
public class KernelJobs {

    private static final Logger LOG = Logger.getLogger(KernelJobs.class.getName());
    static final Duration UNCONFIRMED_KEPT = Duration.ofDays(30);

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private MailDelivery mail;

    @Inject
    private Accounts accounts;

    @Inject
    private PlatformClock clock;

    /** Threads for the jobs that may take long; more than the kernel's and modules' jobs that are slow at once. */
    static final int WORKERS = 4;

    @Resource
    private jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    private java.util.concurrent.ThreadPoolExecutor workers;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    /** The modules' jobs exactly as their worker threads run them, by job id. */
    private final java.util.Map<String, Runnable> moduleJobs = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    private DigestJob digests;

    @Inject
    private al.rrjeti.kernel.module.ModuleRegistry modules;

    @Inject
    private al.rrjeti.kernel.api.i18n.DateTimes dateTimes;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "rrjeti.digest.hour", defaultValue = "7")
    private int digestHour;

    synchronized void start() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(dateTimes.zone());
        java.time.ZonedDateTime next = now.withHour(digestHour).withMinute(0).withSecond(0).withNano(0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        workers = new java.util.concurrent.ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), threads);
        workers.prestartAllCoreThreads();
        running.add(scheduler.scheduleAtFixedRate(alone("daily digest", guarded("daily digest", digests::sendDigests), workers),
                Duration.between(now, next).toMinutes(), 24 * 60, TimeUnit.MINUTES));
        running.add(scheduler.scheduleWithFixedDelay(guarded("mail sender", mail::sendQueued), 1, 1, TimeUnit.SECONDS));
        running.add(scheduler.scheduleWithFixedDelay(guarded("mail retry", mail::retryPending), 2, 2, TimeUnit.MINUTES));
        running.add(scheduler.scheduleWithFixedDelay(alone("unconfirmed accounts",
                guarded("unconfirmed accounts", this::purgeUnconfirmed), workers), 10, 24 * 60, TimeUnit.MINUTES));
        for (al.rrjeti.kernel.module.InstalledModule module : modules.all()) {
            for (al.rrjeti.kernel.spi.ScheduledJob job : module.descriptor().jobs()) {
                long minutes = job.every().toMinutes();
                Runnable scheduled = guarded(job.id(), whileActive(module.id(), job.task(), modules::isActive));
                moduleJobs.put(job.id(), scheduled);
                running.add(scheduler.scheduleWithFixedDelay(alone(job.id(), scheduled, workers), minutes, minutes,
                        TimeUnit.MINUTES));
            }
        }
    }

    synchronized void stop() {
        running.forEach(f -> f.cancel(false));
        running.clear();
        moduleJobs.clear();
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }

    /**
     * A module's job as its worker thread runs it (guarded, and only while its module is active), so
     * that a test can run one period now instead of waiting for it.
     */
    Optional<Runnable> scheduledModuleJob(String jobId) {
        return Optional.ofNullable(moduleJobs.get(jobId));
    }

    /** Deletes accounts whose owners never confirmed their address, as the privacy notice says. */
    public int purgeUnconfirmed() {
        int purged = accounts.purgeUnconfirmed(clock.now().minus(UNCONFIRMED_KEPT));
        if (purged > 0) {
            LOG.info(() -> purged + " unconfirmed accounts older than 30 days were deleted");
        }
        return purged;
    }

    /** A module's job as scheduled: each time, it runs only if its module is active at that moment. */
    static Runnable whileActive(String moduleId, Runnable task, java.util.function.Predicate<String> active) {
        return () -> {
            if (active.test(moduleId)) {
                task.run();
            }
        };
    }

    /**
     * What the scheduler runs for a job that may take long: hands it to {@code workers} and returns
     * at once; while the job is still running (or waiting for a thread), a new turn is skipped
     * rather than queued behind it.
     */
    static Runnable alone(String name, Runnable job, java.util.concurrent.Executor workers) {
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (!busy.compareAndSet(false, true)) {
                LOG.fine(() -> "Job " + name + " is still running; this turn is skipped");
                return;
            }
            try {
                workers.execute(() -> {
                    try {
                        job.run();
                    } finally {
                        busy.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                busy.set(false);
            }
        };
    }

    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job " + name + " failed; it runs again later", e);
            }
        };
    }
}
