package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

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

    @Column(name = "title_sq")
    private String titleSq;

    @Column(name = "title_en")
    private String titleEn;

    @Lob
    @Column(name = "description_sq")
    private String descriptionSq;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

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

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CampaignEvent() {
    }

    public CampaignEvent(Long campaignId, String titleSq, String titleEn, String descriptionSq, String descriptionEn,
            Instant startsAt, Instant endsAt, ZoneId zone, String place, String onlineLink, Long organisationId,
            Integer capacity, Long createdBy, Instant createdAt) {
        this.campaignId = campaignId;
        this.titleSq = titleSq;
        this.titleEn = titleEn;
        this.descriptionSq = descriptionSq;
        this.descriptionEn = descriptionEn;
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
    public void revise(String titleSq, String titleEn, String descriptionSq, String descriptionEn, Instant startsAt,
            Instant endsAt, ZoneId zone, String place, String onlineLink, Integer capacity) {
        this.titleSq = titleSq;
        this.titleEn = titleEn;
        this.descriptionSq = descriptionSq;
        this.descriptionEn = descriptionEn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.zone = zone.getId();
        this.place = place;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
    }

    /** Whether one more person gets a place when this many hold one already. */
    public boolean hasRoomAfter(long registered) {
        return capacity == null || registered < capacity;
    }

    public String title(Locale reader) {
        return Bilingual.pick(reader, titleSq, titleEn);
    }

    public String titleLanguage(Locale reader) {
        return Bilingual.language(reader, titleSq, titleEn);
    }

    public String description(Locale reader) {
        return Bilingual.pick(reader, descriptionSq, descriptionEn);
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
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
