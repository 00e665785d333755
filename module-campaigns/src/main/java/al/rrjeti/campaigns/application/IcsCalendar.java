package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.text.Markdown;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as iCalendar (RFC 5545) with ical4j: one event's {@code .ics} and the feed of upcoming
 * ones. Times are written in UTC, which every calendar program converts to its own zone.
 */
@ApplicationScoped
public class IcsCalendar {

    @Inject
    private Links links;

    @Inject
    private Markdown markdown;

    @Inject
    private PlatformClock clock;

    public String of(List<CampaignEvent> events, Locale reader) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rrjeti//Campaigns 1.0//" + reader.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (CampaignEvent e : events) {
            calendar.add(event(e, reader));
        }
        return calendar.toString();
    }

    private VEvent event(CampaignEvent e, Locale reader) {
        VEvent v = new VEvent(e.getStartsAt(), e.getEndsAt(), e.getTitle().in(reader));
        v.replace(new DtStamp(clock.now()));
        String host = URI.create(links.absolute("/")).getHost();
        v.add(new Uid("campaigns-event-" + e.getId() + "@" + (host == null ? "rrjeti" : host)));
        String where = e.getPlace() != null ? e.getPlace() : e.getOnlineLink();
        v.add(new Location(where));
        String description = e.getDescription().in(reader);
        String page = links.absolute("/campaigns/event.xhtml?id=" + e.getId());
        v.add(new Description((description == null ? "" : markdown.toText(description) + "\n\n")
                + (e.getOnlineLink() == null ? "" : e.getOnlineLink() + "\n") + page));
        v.add(new Url(URI.create(page)));
        if (e.isCancelled()) {
            // Kept in the feed so subscribed calendars drop or strike it, rather than silently losing it.
            v.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return v;
    }
}
