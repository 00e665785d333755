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

/**
 * {@code campaigns/index.xhtml}: the campaigns with their organisers, a page at a time, and the next
 * activities. A page keeps its cost flat however many campaigns there are (200 cards rendered on
 * every request took most of the page's time).
 */
@Named("campaignsIndexBacking")
@RequestScoped
public class CampaignsIndexBacking {

    @Inject
    private EventService events;

    @Inject
    private OrganisationLookup organisations;

    /** Cards a page: a screenful or two of the grid, and a multiple of 2, 3 and 4 columns. */
    static final int PAGE_SIZE = 24;

    /**
     * The page asked for ({@code ?page=}), converted by Faces' own number converter: what is not a
     * number leaves it at 1, a number outside the list is brought into it by the service.
     */
    private int page = 1;
    private EventService.CardsPage cards;
    private Map<Long, OrganisationRef> organisers;
    private List<EventListing> upcoming;

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** The page shown: the one asked for, within the first and the last. */
    public EventService.CardsPage getView() {
        if (cards == null) {
            cards = events.cards(page, PAGE_SIZE);
        }
        return cards;
    }

    public List<CampaignCard> getCampaigns() {
        return getView().cards();
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
