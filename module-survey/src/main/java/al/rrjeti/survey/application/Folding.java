package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.Background;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@linkplain TallyFold fold} of new responses into the tallies: a second after a committed
 * submission, on one of the kernel's background threads (one drain at a time, however many
 * submissions come: a drain is due a second after the first of them — no thread waits meanwhile —
 * folds everything committed before it looks, batch after batch, and is due again a second later
 * while more come), and
 * every minute as the module's job {@code survey.fold} (what a stopped server left unfolded, or
 * what came while the background threads were not running). Results are therefore as of the last
 * fold, normally one to two seconds old; the pages say they may be a few seconds behind.
 */
@ApplicationScoped
public class Folding {

    private static final Logger LOG = Logger.getLogger(Folding.class.getName());

    /** How long a drain waits before folding, gathering the submissions that come meanwhile. */
    static final long PAUSE_MS = 1_000;

    /** Event fired by the answering service in a submission's transaction. */
    public record Submitted() {
    }

    @Inject
    private TallyFold fold;

    @Inject
    private Background background;

    /** One fold at a time in this server (a second one would only fail its claim and roll back). */
    private final ReentrantLock folding = new ReentrantLock();
    /** Something was committed since the drain last looked. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    /** A drain is queued or running on the background threads. */
    private final AtomicBoolean draining = new AtomicBoolean();

    /** A submission committed: fold it soon, without the submitter waiting. */
    void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Submitted submission) {
        nudge();
    }

    /** Folds soon, on a background thread. */
    public void nudge() {
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                // Gathers what comes within the pause into one fold: one transaction, and one change of
                // the results (each change makes readers' results be computed and rendered again).
                background.later(Duration.ofMillis(PAUSE_MS), this::drain);
            } catch (RejectedExecutionException notRunning) {
                // Stopping or not started: the job folds them within a minute of the next start.
                draining.set(false);
            }
        }
    }

    private void drain() {
        try {
            wanted.set(false);
            now();
        } finally {
            draining.set(false);
        }
        // Submissions committed while it folded: their fold comes a pause from now.
        if (wanted.get()) {
            nudge();
        }
    }

    /**
     * Folds, on the caller's thread, every response committed before the call (after any fold
     * running now). The module's job, and tests that read results right after answering.
     *
     * @return how many responses it folded
     */
    public int now() {
        folding.lock();
        try {
            int folded = 0;
            for (int n = fold.once(); n > 0; n = fold.once()) {
                folded += n;
            }
            return folded;
        } catch (RuntimeException e) {
            // Left for the next fold (the batch's transaction rolled back); never a submitter's problem.
            LOG.log(Level.WARNING, "Folding survey responses into the tallies failed; the next fold retries", e);
            return 0;
        } finally {
            folding.unlock();
        }
    }
}
