package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.application.SurveyResults.Results;
import al.rrjeti.survey.domain.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Survey results kept in memory per survey and respondent group, with what pages derive from them
 * (charts in each language, the JSON and CSV forms), until something they show may have changed:
 * an accepted submission, a moderation decision, a survey edited. The services making those
 * changes announce them with the kernel's {@link PublicContentChanged} (the one seam of
 * invalidation: it also drops the anonymous readers' page cache, and a cluster topic carries it),
 * and everything kept goes once the change has committed. So results are computed from the
 * tallies once per change, not once per reader.
 *
 * <p>Readers arriving together share one computation. A computation under way when a change
 * commits is taken out with the rest: readers arriving after the drop start a new one, so nobody
 * gets results older than a change that committed before their request.
 */
@ApplicationScoped
public class ResultsMemory {

    /** One survey's results for one group, and what is derived from them (by a key naming form and language). */
    public record Kept(Results results, Map<String, Object> derived) {

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
    }

    private final Map<String, FutureTask<Kept>> kept = new HashMap<>();

    /** The kept results, or those {@code compute} gives (kept unless it throws). */
    public Kept get(Long surveyId, RespondentGroup group, Supplier<Results> compute) {
        String key = surveyId + "/" + (group == null ? "all" : group.key());
        FutureTask<Kept> task;
        boolean mine = false;
        synchronized (kept) {
            task = kept.get(key);
            if (task == null) {
                task = new FutureTask<>(() -> new Kept(compute.get(), new ConcurrentHashMap<>()));
                kept.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (kept) {
                kept.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops everything once a change of the survey module's public content (or the kernel's) has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        if (SurveyModule.ID.equals(change.moduleId()) || PublicContentChanged.KERNEL.equals(change.moduleId())) {
            drop();
        }
    }

    public void drop() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
