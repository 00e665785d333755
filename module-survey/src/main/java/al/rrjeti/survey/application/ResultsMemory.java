package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.Background;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.application.SurveyResults.Results;
import al.rrjeti.survey.domain.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Survey results kept in memory per survey and respondent group, with what pages derive from them
 * (charts in each language, the JSON and CSV forms), until something they show may have changed:
 * a fold of new submissions into the tallies ({@link TallyFold}; a submission alone changes no
 * result), a moderation decision, a survey edited. The services making those
 * changes announce them with the kernel's {@link PublicContentChanged} (the one seam of
 * invalidation: it also drops the anonymous readers' page cache, and a cluster topic carries it);
 * each committed change makes everything kept out of date.
 *
 * <p>Staleness is bounded, so that readers do not queue behind the fold: the computation reads
 * rows the fold's transaction holds locked until it commits. A reader of out-of-date results
 * starts (or joins) the one computation of that survey and group, in the background, and waits
 * for it at most {@link SurveySettings#resultsWait()}; if it is not done by then, the reader gets
 * the last computed results, marked {@linkplain Kept#stale() stale} (pages built from them must not
 * be kept by the page cache), and the computation goes on and replaces them. One computation at a
 * time per survey and group: if a change commits while it runs, another follows. With nothing
 * computed yet (or after a failure, which is never kept) the reader waits for the computation.
 */
@ApplicationScoped
public class ResultsMemory {

    private static final Logger LOG = Logger.getLogger(ResultsMemory.class.getName());

    /**
     * One survey's results for one group, and what is derived from them (by a key naming form and
     * language); {@code stale} when a change has committed since they were computed.
     */
    public record Kept(Results results, Map<String, Object> derived, boolean stale) {

        /** What {@code compute} makes of the results, computed once for as long as they are kept. */
        @SuppressWarnings("unchecked")
        public <T> T derive(String key, Supplier<T> compute) {
            Object known = derived.get(key);
            if (known == null) {
                known = compute.get();
                derived.put(key, known);
            }
            return (T) known;
        }

        /** Whether {@link #derive} has made the value of this key already. */
        public boolean has(String key) {
            return derived.containsKey(key);
        }
    }

    /** What is known of one survey and group; guarded by itself. */
    private static final class Slot {
        Kept last;
        long lastVersion = -1;
        boolean running;
        /** Someone read while the running computation ran: worth another one if it ends out of date. */
        boolean wanted;
        Supplier<Results> compute;
        /** Computations started, and the number of the last that failed (its readers get the failure). */
        long started;
        long failed = -1;
        RuntimeException failure;
    }

    /** The kernel's background threads: never the reader's request context (see {@link Background}). */
    @Inject
    private Background background;

    @Inject
    private SurveySettings settings;

    @Inject
    private ResultsComputation inTransaction;

    private Executor executor;
    private Duration wait;

    private final Map<String, Slot> slots = new HashMap<>();
    /** Bumped by each committed change; guarded by {@link #slots}. */
    private long version;

    public ResultsMemory() {
    }

    /** Outside a container (unit tests): this executor, and this longest wait for a computation. */
    ResultsMemory(Executor executor, Duration wait) {
        this.executor = executor;
        this.wait = wait;
    }

    /**
     * The results computed since the last change, or — when their computation takes longer than
     * the wait — the last computed ones, marked stale. {@code compute} runs in the background and
     * must not rely on the reader's request.
     */
    public Kept get(Long surveyId, RespondentGroup group, Supplier<Results> compute) {
        String key = surveyId + "/" + (group == null ? "all" : group.key());
        long asked;
        Slot slot;
        synchronized (slots) {
            asked = version;
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        long deadline = System.nanoTime() + waitLimit().toNanos();
        synchronized (slot) {
            slot.compute = compute;
            if (slot.lastVersion >= asked) {
                return slot.last;
            }
            if (!slot.running) {
                start(slot);
            }
            slot.wanted = true;
            long joined = slot.started;
            while (true) {
                if (slot.lastVersion >= asked) {
                    return slot.last;
                }
                if (slot.failed >= joined) {
                    throw slot.failure;
                }
                if (!slot.running) {
                    start(slot);
                    slot.wanted = true;
                }
                long left = deadline - System.nanoTime();
                if (slot.last != null && left <= 0) {
                    return new Kept(slot.last.results(), slot.last.derived(), true);
                }
                try {
                    if (slot.last == null) {
                        slot.wait();
                    } else {
                        slot.wait(Math.max(1, left / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Starts the slot's computation at the current version; the caller holds the slot. */
    private void start(Slot slot) {
        long at;
        synchronized (slots) {
            at = version;
        }
        Supplier<Results> compute = slot.compute;
        long number = ++slot.started;
        slot.running = true;
        slot.wanted = false;
        try {
            executor().execute(() -> run(slot, compute, at, number));
        } catch (RuntimeException refused) {
            slot.running = false;
            throw refused;
        }
    }

    private void run(Slot slot, Supplier<Results> compute, long at, long number) {
        Kept done = null;
        RuntimeException failed = null;
        try {
            done = new Kept(inTransaction == null ? compute.get() : inTransaction.run(compute),
                    new ConcurrentHashMap<>(), false);
        } catch (RuntimeException e) {
            failed = e;
        } catch (Error e) {
            failed = new IllegalStateException(e);
            LOG.log(Level.SEVERE, "Survey results could not be computed", e);
        }
        long now;
        synchronized (slots) {
            now = version;
        }
        synchronized (slot) {
            slot.running = false;
            if (failed != null) {
                // Never kept, and the results before it are not shown either (the survey may be gone).
                slot.failure = failed;
                slot.failed = number;
                slot.last = null;
                slot.lastVersion = -1;
            } else if (at > slot.lastVersion) {
                slot.last = done;
                slot.lastVersion = at;
                slot.failure = null;
            }
            if (failed == null && at < now && slot.wanted) {
                start(slot);
            }
            slot.notifyAll();
        }
    }

    private Executor executor() {
        return executor != null ? executor : background::execute;
    }

    private Duration waitLimit() {
        return wait != null ? wait : settings.resultsWait();
    }

    /** Makes everything kept out of date once a change of the survey module's public content (or the kernel's) has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        if (SurveyModule.ID.equals(change.moduleId()) || PublicContentChanged.KERNEL.equals(change.moduleId())) {
            drop();
        }
    }

    public void drop() {
        synchronized (slots) {
            version++;
        }
    }
}
