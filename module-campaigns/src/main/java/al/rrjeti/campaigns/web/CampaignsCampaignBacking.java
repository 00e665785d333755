package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code campaigns/campaign.xhtml}: one campaign, its activities, following it. */
@Named("campaignsCampaignBacking")
@ViewScoped
public class CampaignsCampaignBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient al.rrjeti.campaigns.application.OrganiserEdits edits;

    @Inject
    private transient Caller caller;

    @Inject
    private transient al.rrjeti.campaigns.application.CampaignMaterials materials;

    @Inject
    private transient Messages messages;

    @Inject
    private transient al.rrjeti.kernel.api.web.Links links;

    @Inject
    private transient al.rrjeti.kernel.api.i18n.CurrentLanguage language;

    private Long id;
    private transient Campaign campaign;

    public void load() {
        campaign = Pages.read(() -> events.campaign(id), caller.isLoggedIn());
    }

    public Campaign getCampaign() {
        if (campaign == null && id != null) {
            campaign = events.campaign(id);
        }
        return campaign;
    }

    /** The library items the campaign links, with the library's titles in the reader's language. */
    public List<al.rrjeti.kernel.api.DocumentRef> getMaterials() {
        return materials.of(id);
    }

    public List<CampaignEvent> getEvents() {
        return events.eventsOf(id);
    }

    /** The campaign's address to share: absolute, with nothing that tracks who shared it. */
    public String getShareUrl() {
        return links.absolute("/campaigns/campaign.xhtml?id=" + id);
    }

    public List<ShareLinks.Share> getShareLinks() {
        return ShareLinks.of(getShareUrl(), getCampaign().getTitle().in(language.getLocale()));
    }

    public boolean isSubscribed() {
        return events.subscribed(id);
    }

    /** Whether the caller organises it (the edit link); the service checks again on saving. */
    public boolean isMayEdit() {
        return caller.isLoggedIn() && edits.mayEdit(getCampaign());
    }

    public boolean isLoggedIn() {
        return caller.isLoggedIn();
    }

    public void subscribe() {
        messages.attempt("follow", () -> events.subscribe(id), "campaigns.subscribed");
    }

    public void unsubscribe() {
        messages.attempt("follow", () -> events.unsubscribe(id), "campaigns.unsubscribed");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
