package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.ConflictException;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;

/** {@code campaigns/event-edit.xhtml}: its organisers change an activity; registered people are told. */
@Named("campaignsEventEditBacking")
@ViewScoped
public class CampaignsEventEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient OrganiserEdits edits;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Messages messages;

    private Long id;
    private Long seenVersion;
    private String titleSq;
    private String titleEn;
    private String descriptionSq;
    private String descriptionEn;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineLink;
    private Integer capacity;

    /** Fills the form once, times in the activity's own zone; others get 403, an unknown one 404. */
    public void load() {
        if (seenVersion != null) {
            return;
        }
        CampaignEvent e = Pages.read(() -> events.event(id), caller.isLoggedIn());
        if (e == null) {
            return;
        }
        if (!edits.mayEdit(e)) {
            Pages.forbidden();
            return;
        }
        seenVersion = e.getRowVersion();
        titleSq = e.getTitle().getSq();
        titleEn = e.getTitle().getEn();
        descriptionSq = e.getDescription().getSq();
        descriptionEn = e.getDescription().getEn();
        startsAt = LocalDateTime.ofInstant(e.getStartsAt(), e.zone());
        endsAt = LocalDateTime.ofInstant(e.getEndsAt(), e.zone());
        place = e.getPlace();
        onlineLink = e.getOnlineLink();
        capacity = e.getCapacity();
    }

    public String save() {
        OrganiserEdits.EventChange change;
        try {
            change = edits.editEvent(id, new EventDraft(null, titleSq, titleEn, descriptionSq, descriptionEn, startsAt,
                    endsAt, null, place, onlineLink, null, capacity), seenVersion);
        } catch (ConflictException e) {
            seenVersion = events.event(id).getRowVersion();
            messages.error(e);
            return null;
        } catch (BusinessException e) {
            messages.refused("event", e);
            return null;
        }
        if (change.overCapacity() > 0) {
            messages.info("campaigns.event.over-capacity", change.overCapacity());
        }
        return back(messages, "campaigns.event.saved", "/campaigns/event.xhtml?id=" + id);
    }

    /** The saved message survives the redirect to the page that shows the result. */
    static String back(Messages messages, String doneKey, String path) {
        messages.info(doneKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return path + "&faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
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
