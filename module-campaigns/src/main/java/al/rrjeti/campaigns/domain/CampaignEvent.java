package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An activity of the calendar: when (stored as instants, with the zone it was planned in), where
 * or online, who organises it, and how many may come (null: no limit).
 */
@Entity
@Table(name = "campaigns_event")
public class CampaignEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private BilingualText title;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "description_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private BilingualText description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String zone;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "organisation_id")
    private Long organisationId;

    private Integer capacity;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When its organisers called it off; null while it takes place. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CampaignEvent() {
    }

    public CampaignEvent(Long campaignId, BilingualText title, BilingualText description,
            Instant startsAt, Instant endsAt, ZoneId zone, String place, String onlineLink, Long organisationId,
            Integer capacity, Long createdBy, Instant createdAt) {
        this.campaignId = campaignId;
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.zone = zone.getId();
        this.place = place;
        this.onlineLink = onlineLink;
        this.organisationId = organisationId;
        this.capacity = capacity;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The organiser's changes; registrations stay as they are, whatever the new capacity. */
    public void revise(BilingualText title, BilingualText description, Instant startsAt,
            Instant endsAt, ZoneId zone, String place, String onlineLink, Integer capacity) {
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.zone = zone.getId();
        this.place = place;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
    }

    /** Called off: it stays listed, marked, and takes no more registrations. */
    public void cancel(Instant at) {
        this.cancelledAt = at;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    /** Whether one more person gets a place when this many hold one already. */
    public boolean hasRoomAfter(long registered) {
        return capacity == null || registered < capacity;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public BilingualText getTitle() {
        return Campaign.orEmpty(title);
    }

    public BilingualText getDescription() {
        return Campaign.orEmpty(description);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
