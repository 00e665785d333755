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
 * @param days        the last {@link Reach#DAYS} days, oldest first, quiet days included: views, and the
 *                    followers and registrations that came that day and are still there
 */
public record ReachFigures(long subscribers, long registered, long waiting, long views, List<DayViews> days) {

    /**
     * One day: the page's views, the people who began following the campaign, and the places and
     * waiting-list places taken at its activities (those who left since are not counted).
     */
    public record DayViews(LocalDate day, long views, long followers, long registrations) {
    }
}
