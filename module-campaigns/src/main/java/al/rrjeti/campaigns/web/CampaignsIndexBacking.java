package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code campaigns/index.xhtml}: the campaigns and the next activities. */
@Named("campaignsIndexBacking")
@RequestScoped
public class CampaignsIndexBacking {

    @Inject
    private EventService events;

    private List<Campaign> campaigns;
    private List<CampaignEvent> upcoming;

    public List<Campaign> getCampaigns() {
        if (campaigns == null) {
            campaigns = events.campaigns();
        }
        return campaigns;
    }

    public List<CampaignEvent> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming().stream().limit(10).toList();
        }
        return upcoming;
    }

    public boolean isMayOrganise() {
        return events.mayOrganise();
    }
}
