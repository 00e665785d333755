package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignTheme;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    private String titleSq;
    private String titleEn;
    private String goalSq;
    private String goalEn;
    private String descriptionSq;
    private String descriptionEn;
    private CampaignAudience audience;
    private CampaignTheme theme;
    private LocalDate startsOn;
    private LocalDate endsOn;

    private Long campaignId;
    private String eventTitleSq;
    private String eventTitleEn;
    private String eventDescriptionSq;
    private String eventDescriptionEn;
    private LocalDateTime eventStartsAt;
    private LocalDateTime eventEndsAt;
    private String place;
    private String onlineLink;
    private Integer capacity;

    public List<OrganisationRef> getOrganisations() {
        return caller.account().map(me -> memberships.verified(me.getId(), null)).orElse(List.of());
    }

    public List<Campaign> getCampaigns() {
        return events.campaigns();
    }

    public CampaignAudience[] getAudiences() {
        return CampaignAudience.values();
    }

    public CampaignTheme[] getThemes() {
        return CampaignTheme.values();
    }

    public CampaignTheme getTheme() {
        return theme;
    }

    public void setTheme(CampaignTheme theme) {
        this.theme = theme;
    }

    public boolean isMayOrganise() {
        return events.mayOrganise();
    }

    public void addCampaign() {
        try {
            Campaign c = events.createCampaign(new CampaignDraft(titleSq, titleEn, goalSq, goalEn, descriptionSq,
                    descriptionEn, audience, startsOn, endsOn, organisationId, theme));
            done("campaigns.organise.campaign.added", "/campaigns/campaign.xhtml?id=" + c.getId());
        } catch (BusinessException e) {
            messages.refused("campaign", e);
        }
    }

    public void addEvent() {
        try {
            Long id = events.createEvent(new EventDraft(campaignId, eventTitleSq, eventTitleEn, eventDescriptionSq,
                    eventDescriptionEn, eventStartsAt, eventEndsAt, null, place, onlineLink, organisationId,
                    capacity)).getId();
            done("campaigns.organise.event.added", "/campaigns/event.xhtml?id=" + id);
        } catch (BusinessException e) {
            messages.refused("event", e);
        }
    }

    private void done(String key, String path) {
        messages.info(key);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getGoalSq() {
        return goalSq;
    }

    public void setGoalSq(String goalSq) {
        this.goalSq = goalSq;
    }

    public String getGoalEn() {
        return goalEn;
    }

    public void setGoalEn(String goalEn) {
        this.goalEn = goalEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public CampaignAudience getAudience() {
        return audience;
    }

    public void setAudience(CampaignAudience audience) {
        this.audience = audience;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getEventTitleSq() {
        return eventTitleSq;
    }

    public void setEventTitleSq(String eventTitleSq) {
        this.eventTitleSq = eventTitleSq;
    }

    public String getEventTitleEn() {
        return eventTitleEn;
    }

    public void setEventTitleEn(String eventTitleEn) {
        this.eventTitleEn = eventTitleEn;
    }

    public String getEventDescriptionSq() {
        return eventDescriptionSq;
    }

    public void setEventDescriptionSq(String eventDescriptionSq) {
        this.eventDescriptionSq = eventDescriptionSq;
    }

    public String getEventDescriptionEn() {
        return eventDescriptionEn;
    }

    public void setEventDescriptionEn(String eventDescriptionEn) {
        this.eventDescriptionEn = eventDescriptionEn;
    }

    public LocalDateTime getEventStartsAt() {
        return eventStartsAt;
    }

    public void setEventStartsAt(LocalDateTime eventStartsAt) {
        this.eventStartsAt = eventStartsAt;
    }

    public LocalDateTime getEventEndsAt() {
        return eventEndsAt;
    }

    public void setEventEndsAt(LocalDateTime eventEndsAt) {
        this.eventEndsAt = eventEndsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
