package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.Meeting;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * A meeting as an iCalendar file (RFC 5545), written by ical4j: the start and end in the zone the
 * meeting was planned in, with that zone's definition, so every calendar shows it at the right hour
 * in its reader's own zone.
 */
public final class MeetingCalendar {

    private MeetingCalendar() {
    }

    public static String ics(Meeting meeting, Instant now) {
        ZonedDateTime start = meeting.start();
        VEvent event = new VEvent(start, start.plusMinutes(meeting.getMinutes()), meeting.getTitle());
        event.replace(new DtStamp(now));
        event.add(new Uid("chat-meeting-" + meeting.getId() + "@rrjeti"));
        if (meeting.getAgenda() != null) {
            event.add(new Description(meeting.getAgenda()));
        }
        event.add(new Location(meeting.getVideoUrl()));
        event.add(new Url(URI.create(meeting.getVideoUrl())));
        var definition = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(start.getZone().getId());
        Calendar calendar = new Calendar().withProdId("-//Rrjeti//Chat 1.0//SQ").withDefaults().getFluentTarget();
        if (definition != null) {
            calendar = calendar.withComponent(definition.getVTimeZone()).getFluentTarget();
        }
        calendar = calendar.withComponent(event).getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
