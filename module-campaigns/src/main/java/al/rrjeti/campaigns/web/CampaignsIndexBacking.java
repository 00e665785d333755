package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.domain.CampaignCard;
import al.rrjeti.campaigns.domain.EventListing;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code campaigns/index.xhtml}: the campaigns with their organisers, and the next activities. */
@Named("campaignsIndexBacking")
@RequestScoped
public class CampaignsIndexBacking {

    @Inject
    private EventService events;

    @Inject
    private OrganisationLookup organisations;

    private List<CampaignCard> campaigns;
    private Map<Long, OrganisationRef> organisers;
    private List<EventListing> upcoming;

    public List<CampaignCard> getCampaigns() {
        if (campaigns == null) {
            campaigns = events.cards();
        }
        return campaigns;
    }

    /** The organiser's name; the organisations of the whole list come in one query. */
    public String organiser(CampaignCard c) {
        if (organisers == null) {
            organisers = organisations.byIds(getCampaigns().stream().map(CampaignCard::getOrganisationId)
                    .filter(Objects::nonNull).distinct().toList());
        }
        OrganisationRef o = c.getOrganisationId() == null ? null : organisers.get(c.getOrganisationId());
        return o == null ? null : o.getName();
    }

    public List<EventListing> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.next(10);
        }
        return upcoming;
    }

    public boolean isMayOrganise() {
        return events.mayOrganise();
    }
}
