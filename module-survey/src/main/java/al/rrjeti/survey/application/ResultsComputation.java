package al.rrjeti.survey.application;

import al.rrjeti.survey.application.SurveyResults.Results;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a results computation on the managed executor's thread in a (read-only) transaction of its
 * own. Without one, the container's entity manager for reads outside transactions is tied to the
 * request that handed the task over and closed with it as well as with the task: the request then
 * fails closing it again. Reading at READ COMMITTED inside a transaction holds no more locks than
 * reading outside one.
 */
@ApplicationScoped
public class ResultsComputation {

    @Transactional
    public Results run(Supplier<Results> compute) {
        return compute.get();
    }
}
