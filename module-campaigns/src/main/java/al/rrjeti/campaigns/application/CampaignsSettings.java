package al.rrjeti.campaigns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The campaigns module's configuration, with the defaults a new installation starts from. */
@ApplicationScoped
public class CampaignsSettings {

    /** The zone an event's date and time are read in when its organiser names none. */
    @Inject
    @ConfigProperty(name = "rrjeti.campaigns.event-zone", defaultValue = "Europe/Tirane")
    String eventZone;

    /** How far ahead the iCalendar feed lists events. */
    @Inject
    @ConfigProperty(name = "rrjeti.campaigns.feed.days-ahead", defaultValue = "365")
    int feedDaysAhead;

    /**
     * How many days back the iCalendar feed still lists activities: calendar programs replace a
     * subscribed calendar with the feed, so what leaves it leaves the subscriber's calendar.
     */
    @Inject
    @ConfigProperty(name = "rrjeti.campaigns.feed.days-behind", defaultValue = "30")
    int feedDaysBehind;

    /** How many hours before an activity the people holding a place are reminded. */
    @Inject
    @ConfigProperty(name = "rrjeti.campaigns.reminder.hours-before", defaultValue = "24")
    int reminderHoursBefore;

    public java.time.Duration reminderLead() {
        return java.time.Duration.ofHours(Math.max(1, reminderHoursBefore));
    }

    /** A mailbox the operator reads for newsletter unsubscribe requests by mail; empty: the link only. */
    @Inject
    @ConfigProperty(name = "rrjeti.campaigns.newsletter.unsubscribe-mailbox")
    java.util.Optional<String> unsubscribeMailbox;

    public String unsubscribeMailbox() {
        return unsubscribeMailbox.map(String::strip).orElse("");
    }

    public ZoneId eventZone() {
        return ZoneId.of(eventZone);
    }

    public int feedDaysAhead() {
        return Math.max(0, feedDaysAhead);
    }

    public int feedDaysBehind() {
        return Math.max(0, feedDaysBehind);
    }

    /** The largest document a joint position takes, in megabytes. */
    @Inject
    @ConfigProperty(name = "rrjeti.campaigns.position.attachment-mb", defaultValue = "10")
    int attachmentMb;

    public long attachmentMaxBytes() {
        return Math.max(1, attachmentMb) * 1024L * 1024L;
    }
}
