package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.application.EventFeed;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.IcsCalendar;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/campaigns/events}: the activities calendar as JSON between two days, one activity as
 * {@code .ics}, and the iCalendar feed (see {@link EventFeed} for what it lists and why).
 */
@Path("campaigns/events")
@RequestScoped
@Tag(name = "Campaigns")
public class EventsResource {

    static final String CALENDAR = "text/calendar";

    public record EventView(long id, Long campaignId, String titleSq, String titleEn, Instant startsAt, Instant endsAt,
            String zone, String place, String onlineLink, Long organisationId, String organisation, Integer capacity,
            long registered, long waiting, String link, String ics, boolean cancelled) {
    }

    @Inject
    private EventService events;

    @Inject
    private IcsCalendar ics;

    @Inject
    private EventFeed feed;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private CurrentLanguage language;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "campaignsEvents",
            summary = "Activities starting from one day (ISO date, default today) up to, not including, another"
                    + " (default 31 days later; at most 366 days), in the platform's time zone")
    public List<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = day(from, LocalDate.now(dateTimes.zone()));
        LocalDate last = day(to, first.plusDays(31));
        if (!last.isAfter(first) || ChronoUnit.DAYS.between(first, last) > 366) {
            throw new BadRequestException("'to' must come after 'from', at most 366 days later");
        }
        Instant since = first.atStartOfDay(dateTimes.zone()).toInstant();
        Instant until = last.atStartOfDay(dateTimes.zone()).toInstant();
        List<CampaignEvent> found = events.events(since, until);
        // One query each for the organisations and the registrations of the whole answer.
        Map<Long, OrganisationRef> orgs = organisations.byIds(found.stream().map(CampaignEvent::getOrganisationId)
                .filter(Objects::nonNull).toList());
        Map<Long, Map<RegistrationStatus, Long>> counts = events.counts(since, until);
        return found.stream().map(e -> new EventView(e.getId(), e.getCampaignId(), e.getTitle().getSq(), e.getTitle().getEn(),
                e.getStartsAt(), e.getEndsAt(), e.zone().getId(), e.getPlace(), e.getOnlineLink(), e.getOrganisationId(),
                orgs.containsKey(e.getOrganisationId()) ? orgs.get(e.getOrganisationId()).getName() : null,
                e.getCapacity(), counts.getOrDefault(e.getId(), Map.of()).getOrDefault(RegistrationStatus.REGISTERED, 0L),
                counts.getOrDefault(e.getId(), Map.of()).getOrDefault(RegistrationStatus.WAITING, 0L),
                links.absolute("/campaigns/event.xhtml?id=" + e.getId()),
                links.absolute("/api/campaigns/events/" + e.getId() + ".ics"), e.isCancelled())).toList();
    }

    @GET
    @Path("{id: [0-9]+}.ics")
    @Produces(CALENDAR)
    @Operation(operationId = "campaignsEventIcs", summary = "One activity as an iCalendar file")
    public Response one(@PathParam("id") long id) {
        CampaignEvent e;
        try {
            e = events.event(id);
        } catch (BusinessException unknown) {
            throw new NotFoundException();
        }
        return Response.ok(ics.of(List.of(e), language.getLocale()), CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"").build();
    }

    @GET
    @Path("feed.ics")
    @Produces(CALENDAR)
    @Operation(operationId = "campaignsFeed", summary = "The activities calendar as an iCalendar feed to subscribe"
            + " to: the activities starting from the day rrjeti.campaigns.feed.days-behind (default 30) days back up"
            + " to the day rrjeti.campaigns.feed.days-ahead (default 365) days ahead, in the platform's time zone"
            + " (older ones: GET /api/campaigns/events?from=&to=). Gzip-compressed for a client that accepts it;"
            + " answers 304 to a conditional GET (If-None-Match, If-Modified-Since) while nothing changed")
    public Response feed(@Context Request request, @HeaderParam("Accept-Encoding") String acceptEncoding) {
        EventFeed.Feed built = feed.of(language.getLocale());
        boolean gzip = acceptsGzip(acceptEncoding);
        // Each encoding is a representation of its own (RFC 9110 8.8.3): its own strong validator.
        EntityTag tag = new EntityTag(gzip ? built.etag() + GZIP_TAG : built.etag());
        Date modified = Date.from(built.lastModified());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder answer;
        if (notModified != null) {
            answer = notModified;
        } else {
            // The bytes kept, written as they are: nothing rendered, copied or compressed per request.
            answer = Response.ok(gzip ? built.gzipped() : built.body(), CALENDAR + "; charset=UTF-8");
            if (gzip) {
                answer.header("Content-Encoding", "gzip");
            }
        }
        // Calendar programs should ask again each time, cheaply: 304 while the ETag holds.
        return answer.tag(tag).lastModified(modified).header("Cache-Control", "no-cache")
                .header("Vary", "Accept-Encoding, Cookie").build();
    }

    /** The ETag's suffix for the gzip-compressed feed. */
    static final String GZIP_TAG = "-gz";

    /**
     * Whether an {@code Accept-Encoding} header admits gzip: named (or {@code x-gzip}) with a q above
     * 0, or, when not named, {@code *} with a q above 0.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                named = named == null ? q : Math.max(named, q);
            } else if (name.equals("*")) {
                any = q;
            }
        }
        Double q = named != null ? named : any;
        return q != null && q > 0;
    }

    private static LocalDate day(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dates are ISO days, e.g. 2026-12-01");
        }
    }
}
