package al.rrjeti.kernel.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work done off the caller's thread: a computation a reader should not wait for, a change a sender
 * should not wait for. Tasks run on the kernel's background threads, in the application's context
 * (its beans, {@code @Transactional} beans for a transaction of their own) but never in the
 * caller's request, session or transaction: a task that reads or writes opens its own transaction.
 *
 * <p>Why not the server's managed executor: a task handed to it from a request carries that
 * request's context, and when the task ends the executor closes the request's entity manager,
 * while the request may still be using it (the request then fails with a 500; seen in the chat's
 * and the search's tests). These threads are made once, when the application starts, outside any
 * request, by the server's managed thread factory.
 */
@ApplicationScoped
public class Background {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private static final int THREADS = 2;

    @Resource
    private ManagedThreadFactory threads;

    private volatile ThreadPoolExecutor executor;
    /** Holds delayed tasks until they are due; they then run on the background threads above. */
    private volatile ScheduledThreadPoolExecutor timer;

    /** Called by the kernel's start-up, outside any request. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ThreadPoolExecutor e = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), threads);
        e.prestartAllCoreThreads();
        executor = e;
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, threads);
        t.setRemoveOnCancelPolicy(true);
        timer = t;
    }

    /**
     * Runs the task soon, on a background thread; a task that throws is logged, never lost
     * silently. Before the start (or after the stop) it is refused.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the background threads are not running
     */
    public void execute(Runnable task) {
        ThreadPoolExecutor e = executor;
        if (e == null) {
            throw new java.util.concurrent.RejectedExecutionException("background threads not started");
        }
        e.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error failed) {
                LOG.log(Level.SEVERE, "A background task failed", failed);
            }
        });
    }

    /**
     * Runs the task once after the delay, on a background thread as {@link #execute} does (no
     * thread waits meanwhile). A task still waiting when the application stops is dropped.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the background threads are not running
     */
    public void later(Duration delay, Runnable task) {
        ScheduledThreadPoolExecutor t = timer;
        if (t == null) {
            throw new java.util.concurrent.RejectedExecutionException("background threads not started");
        }
        t.schedule(() -> {
            try {
                execute(task);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                LOG.fine("A delayed background task was dropped: the application is stopping");
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Called when the application stops: running tasks are interrupted, waiting ones dropped. */
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
