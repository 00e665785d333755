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
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/campaigns/events}: the activities calendar as JSON between two days, one activity as
 * {@code .ics}, and the iCalendar feed (see {@link EventFeed} for what it lists and why).
 */
@Path("campaigns/events")
@RequestScoped
@Tag(name = "Campaigns activities", description = "The activities calendar of the campaigns: as JSON, as one"
        + " iCalendar file per activity, and as an iCalendar feed to subscribe to")
public class EventsResource {

    static final String CALENDAR = "text/calendar";

    @Schema(name = "CampaignsEvent", description = "An activity, in both languages (an English title may be absent)")
    public record EventView(long id,
            @Schema(nullable = true, description = "The campaign it belongs to, if any") Long campaignId,
            String titleSq, @Schema(nullable = true) String titleEn,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant startsAt,
            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant endsAt,
            @Schema(description = "The time zone it is held in", example = "Europe/Tirane") String zone,
            @Schema(nullable = true) String place,
            @Schema(nullable = true, description = "Address of an online activity") String onlineLink,
            @Schema(nullable = true, description = "Directory id of the organising organisation") Long organisationId,
            @Schema(nullable = true) String organisation,
            @Schema(nullable = true, description = "Places; absent: no registration limit") Integer capacity,
            @Schema(description = "Registered people") long registered,
            @Schema(description = "People on the waiting list") long waiting,
            @Schema(description = "The activity's page") String link,
            @Schema(description = "The activity as an iCalendar file") String ics,
            boolean cancelled) {
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
    @Operation(operationId = "campaignsListEvents",
            summary = "Activities starting from one day (ISO date, default today) up to, not including, another"
                    + " (default 31 days later; at most 366 days), in the platform's time zone")
    @APIResponse(responseCode = "200", description = "The activities, the earliest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EventView.class)))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public List<EventView> list(
            @Parameter(description = "the first day (ISO date, such as 2026-12-01); default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "the day after the last (ISO date), after from and at most 366 days later;"
                    + " default 31 days after from", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
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
    @Path("{id}.ics")
    @Produces(CALENDAR)
    @Operation(operationId = "campaignsGetEventIcs", summary = "One activity as an iCalendar file (RFC 5545)")
    @APIResponse(responseCode = "200", description = "The activity as a VCALENDAR with one VEVENT, to download",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response one(@Parameter(description = "the activity's id", required = true) @PathParam("id") long id) {
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
    @Operation(operationId = "campaignsGetEventFeed", summary = "The activities calendar as an iCalendar feed to subscribe"
            + " to: the activities starting from the day rrjeti.campaigns.feed.days-behind (default 30) days back up"
            + " to the day rrjeti.campaigns.feed.days-ahead (default 365) days ahead, in the platform's time zone"
            + " (older ones: GET /api/campaigns/events?from=&to=). Gzip-compressed for a client that accepts it;"
            + " answers 304 to a conditional GET (If-None-Match, If-Modified-Since) while nothing changed")
    @APIResponse(responseCode = "200", description = "The activities as one VCALENDAR (RFC 5545)",
            headers = {@Header(name = "ETag", description = "Send it back as If-None-Match to be answered 304 while"
                    + " nothing changed", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = "When an activity last changed",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response feed(@Context Request request,
            @Parameter(description = "gzip to have the feed sent compressed (Content-Encoding: gzip)")
            @HeaderParam("Accept-Encoding") String acceptEncoding) {
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
