package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.Reach;
import al.rrjeti.campaigns.application.ReachFigures;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** {@code campaigns/reach.xhtml}: a campaign's reach for its organisers, as a chart and as a table. */
@Named("campaignsReachBacking")
@RequestScoped
public class CampaignsReachBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    @Inject
    private EventService events;

    @Inject
    private Reach reach;

    @Inject
    private Caller caller;

    @Inject
    private CampaignsTexts texts;

    private Long id;
    private Campaign campaign;
    private ReachFigures figures;

    /** Organisers and editors; anyone else gets 403 (the service refuses them too), an unknown campaign 404. */
    public void load() {
        campaign = Pages.read(() -> events.campaign(id), caller.isLoggedIn());
        if (campaign != null) {
            figures = Pages.read(() -> reach.of(id), caller.isLoggedIn());
        }
    }

    /** The Chart.js configuration of the views per day (the table beside it holds the same figures). */
    public String getChart() {
        if (figures == null) {
            return "{}";
        }
        String labels = figures.days().stream().map(d -> "\"" + DAY.format(d.day()) + "\"")
                .collect(Collectors.joining(","));
        String data = figures.days().stream().map(d -> Long.toString(d.views())).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + json(texts.text("campaigns.reach.views-per-day")) + "\",\"data\":[" + data
                + "],\"backgroundColor\":\"#1d4f91\"}]},\"options\":{\"animation\":false,\"scales\":{\"y\":"
                + "{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    /**
     * The Chart.js configuration of the followers and registrations that came each day (the second
     * table holds the same figures).
     */
    public String getJoinedChart() {
        if (figures == null) {
            return "{}";
        }
        String labels = figures.days().stream().map(d -> "\"" + DAY.format(d.day()) + "\"")
                .collect(Collectors.joining(","));
        String followers = figures.days().stream().map(d -> Long.toString(d.followers())).collect(Collectors.joining(","));
        String registrations = figures.days().stream().map(d -> Long.toString(d.registrations()))
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + json(texts.text("campaigns.reach.new-followers")) + "\",\"data\":[" + followers
                + "],\"backgroundColor\":\"#1d4f91\"},{\"label\":\"" + json(texts.text("campaigns.reach.new-registrations"))
                + "\",\"data\":[" + registrations + "],\"backgroundColor\":\"#b35c00\"}]},\"options\":{\"animation\":false,"
                + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public String day(ReachFigures.DayViews d) {
        return al.rrjeti.kernel.api.i18n.DateTimes.day(d.day());
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public ReachFigures getFigures() {
        return figures;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
