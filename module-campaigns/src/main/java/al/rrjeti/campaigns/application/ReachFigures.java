package al.rrjeti.campaigns.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's reach as its organisers see it.
 *
 * @param subscribers people following the campaign now
 * @param registered  places held at its activities
 * @param waiting     people on its activities' waiting lists
 * @param views       page views since counting began
 * @param days        views per day over the last {@link Reach#DAYS} days, oldest first, days without views included
 */
public record ReachFigures(long subscribers, long registered, long waiting, long views, List<DayViews> days) {

    /** The views of one day. */
    public record DayViews(LocalDate day, long views) {
    }
}
