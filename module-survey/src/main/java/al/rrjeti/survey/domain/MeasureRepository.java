package al.rrjeti.survey.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Measures, their ratings and the running totals of those ratings. */
public interface MeasureRepository {

    void add(Measure measure);

    Optional<Measure> find(Long id);

    /** The measure, locked until the transaction ends: ratings of one measure are counted one at a time. */
    Optional<Measure> lock(Long id);

    /** Newest first. */
    List<Measure> all();

    List<Long> ids();

    Optional<Rating> rating(Long measureId, String raterKey);

    /** The ratings whose keys are among these (a person's, found through their keys). */
    List<Rating> ratingsKeyed(Collection<String> raterKeys);

    void add(Rating rating);

    void remove(Rating rating);

    Optional<MeasureStat> stat(Long measureId, Aspect aspect, String period);

    void add(MeasureStat stat);

    /** Every total of one measure: all time and each month. */
    List<MeasureStat> stats(Long measureId);

    /** The all-time totals of every measure. */
    List<MeasureStat> overall();

    Optional<Rating> rating(Long id);

    /** Comments of a measure in one moderation state, newest first (by day, then by rating), from {@code first}. */
    List<Rating> comments(Long measureId, Answer.TextStatus status, int first, int max);

    /** Comments of every measure waiting for a moderator, newest first (the conversation as it is now). */
    List<Rating> pendingComments(int max);

    long countPendingComments();
}
