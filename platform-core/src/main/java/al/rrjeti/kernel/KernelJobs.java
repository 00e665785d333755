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

    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    /** The modules' jobs exactly as handed to the scheduler, by job id. */
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
        running.add(scheduler.scheduleAtFixedRate(guarded("daily digest", digests::sendDigests),
                Duration.between(now, next).toMinutes(), 24 * 60, TimeUnit.MINUTES));
        running.add(scheduler.scheduleWithFixedDelay(guarded("mail sender", mail::sendQueued), 1, 1, TimeUnit.SECONDS));
        running.add(scheduler.scheduleWithFixedDelay(guarded("mail retry", mail::retryPending), 2, 2, TimeUnit.MINUTES));
        running.add(scheduler.scheduleWithFixedDelay(guarded("unconfirmed accounts", this::purgeUnconfirmed),
                10, 24 * 60, TimeUnit.MINUTES));
        for (al.rrjeti.kernel.module.InstalledModule module : modules.all()) {
            for (al.rrjeti.kernel.spi.ScheduledJob job : module.descriptor().jobs()) {
                long minutes = job.every().toMinutes();
                Runnable scheduled = guarded(job.id(), whileActive(module.id(), job.task(), modules::isActive));
                moduleJobs.put(job.id(), scheduled);
                running.add(scheduler.scheduleWithFixedDelay(scheduled, minutes, minutes, TimeUnit.MINUTES));
            }
        }
    }

    synchronized void stop() {
        running.forEach(f -> f.cancel(false));
        running.clear();
        moduleJobs.clear();
    }

    /**
     * A module's job as the scheduler runs it (guarded, and only while its module is active), so
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
