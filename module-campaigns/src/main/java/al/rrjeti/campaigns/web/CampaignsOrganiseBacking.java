package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignCard;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code campaigns/organise.xhtml}: organisers add a campaign or an activity, for a verified
 * organisation of theirs (editors also for the platform itself).
 */
@Named("campaignsOrganiseBacking")
@ViewScoped
public class CampaignsOrganiseBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient Memberships memberships;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Messages messages;

    private Long organisationId;
    private final CampaignForm campaign = new CampaignForm();
    private final EventForm event = new EventForm();

    public List<OrganisationRef> getOrganisations() {
        return caller.account().map(me -> memberships.verified(me.getId(), null)).orElse(List.of());
    }

    /** The campaigns an activity may belong to. */
    public List<CampaignCard> getCampaigns() {
        return events.cards();
    }

    public boolean isMayOrganise() {
        return events.mayOrganise();
    }

    public void addCampaign() {
        Campaign c = Forms.save(messages, "campaign", () -> events.createCampaign(campaign.draft(organisationId)), null);
        if (c != null) {
            Forms.done(messages, "campaigns.organise.campaign.added", "/campaigns/campaign.xhtml?id=" + c.getId());
        }
    }

    public void addEvent() {
        CampaignEvent e = Forms.save(messages, "event", () -> events.createEvent(event.draft(organisationId)), null);
        if (e != null) {
            Forms.done(messages, "campaigns.organise.event.added", "/campaigns/event.xhtml?id=" + e.getId());
        }
    }

    public CampaignForm getCampaign() {
        return campaign;
    }

    public EventForm getEvent() {
        return event;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
