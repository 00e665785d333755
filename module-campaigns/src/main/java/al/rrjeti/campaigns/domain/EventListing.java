package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An activity as lists show it (calendar, upcoming): read by a projection, so a month of them
 * costs neither descriptions (CLOBs) nor managed entities.
 */
public final class EventListing {

    private final long id;
    private final BilingualText title;
    private final Instant startsAt;
    private final ZoneId zone;
    private final String place;
    private final boolean cancelled;

    public EventListing(Long id, String titleSq, String titleEn, Instant startsAt, String zone, String place,
            Instant cancelledAt) {
        this.id = id;
        this.title = BilingualText.of(titleSq, titleEn);
        this.startsAt = startsAt;
        this.zone = ZoneId.of(zone);
        this.place = place;
        this.cancelled = cancelledAt != null;
    }

    public long getId() {
        return id;
    }

    public BilingualText getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    /** Named like {@link CampaignEvent#zone()}: the pages call it the same way on both. */
    public ZoneId zone() {
        return zone;
    }

    public String getPlace() {
        return place;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
