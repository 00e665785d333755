package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.domain.CampaignEvent;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the activity forms (add on the organise page, change on the edit page) hold, times as the
 * organiser reads them in the activity's zone: {@code parts/event-fields.xhtml}.
 */
public class EventForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long campaignId;
    private BilingualField title = new BilingualField();
    private BilingualField description = new BilingualField();
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineLink;
    private Integer capacity;

    static EventForm of(CampaignEvent e) {
        EventForm f = new EventForm();
        f.campaignId = e.getCampaignId();
        f.title = BilingualField.of(e.getTitle());
        f.description = BilingualField.of(e.getDescription());
        f.startsAt = LocalDateTime.ofInstant(e.getStartsAt(), e.zone());
        f.endsAt = LocalDateTime.ofInstant(e.getEndsAt(), e.zone());
        f.place = e.getPlace();
        f.onlineLink = e.getOnlineLink();
        f.capacity = e.getCapacity();
        return f;
    }

    /** @param organisationId the organiser's organisation, null for the platform's own (ignored on a change) */
    EventDraft draft(Long organisationId) {
        return new EventDraft(campaignId, title.getSq(), title.getEn(), description.getSq(), description.getEn(),
                startsAt, endsAt, null, place, onlineLink, organisationId, capacity);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public BilingualField getTitle() {
        return title;
    }

    public BilingualField getDescription() {
        return description;
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
