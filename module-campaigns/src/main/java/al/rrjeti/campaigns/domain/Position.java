package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A joint position: a text an organisation initiates, other organisations co-sign, and which is
 * then sent to the institution it addresses. Its current text is the latest {@link PositionVersion}.
 */
@Entity(name = "CampaignPosition")
@Table(name = "campaigns_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "initiator_id", nullable = false)
    private Long initiatorId;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private BilingualText title;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "body_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    private BilingualText body;

    @Column(name = "addresses_law", nullable = false)
    private String law;

    @Column(name = "institution_name", nullable = false)
    private String institutionName;

    @Column(name = "institution_email", nullable = false)
    private String institutionEmail;

    @Column(name = "institution_org_id")
    private Long institutionOrganisationId;

    /** The library page that follows the position once it was handed to the library; null before. */
    @Column(name = "library_path")
    private String libraryPath;

    @Column(name = "publish_at_signatures")
    private Integer publishAtSignatures;

    @Column(name = "publish_on")
    private LocalDate publishOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PositionStatus status;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "text_hash", nullable = false)
    private String textHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Lob
    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Position() {
    }

    public Position(Long organisationId, Long initiatorId, PositionText text, Addressee addressee,
            PublicationRule rule, Instant now) {
        this.organisationId = organisationId;
        this.initiatorId = initiatorId;
        this.status = PositionStatus.DRAFT;
        this.createdAt = now;
        this.versionNumber = 0;
        address(addressee, rule);
        rewrite(text);
    }

    /** A new text: the next version number, and a new hash that older signatures no longer match. */
    public final int rewrite(PositionText text) {
        if (status.frozen()) {
            throw new IllegalStateException("a published position is frozen");
        }
        title = text.title();
        body = text.body();
        textHash = text.sha256();
        return ++versionNumber;
    }

    public final void address(Addressee addressee, PublicationRule rule) {
        this.law = addressee.law();
        this.institutionName = addressee.institutionName();
        this.institutionEmail = addressee.institutionEmail();
        this.institutionOrganisationId = addressee.institutionOrganisationId();
        this.publishAtSignatures = rule.atSignatures();
        this.publishOn = rule.on();
    }

    public void open() {
        if (status != PositionStatus.DRAFT) {
            throw new IllegalStateException("only a draft opens for signature");
        }
        status = PositionStatus.OPEN;
    }

    public void publish(Instant now) {
        status = PositionStatus.PUBLISHED;
        publishedAt = now;
    }

    public void answer(String text, Long by, Instant now) {
        answer = text;
        answeredBy = by;
        answeredAt = now;
        status = PositionStatus.ANSWERED;
    }

    public PositionText text() {
        return new PositionText(getTitle(), getBody());
    }

    public Addressee addressee() {
        return new Addressee(law, institutionName, institutionEmail, institutionOrganisationId);
    }

    public PublicationRule rule() {
        return new PublicationRule(publishAtSignatures, publishOn);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getInitiatorId() {
        return initiatorId;
    }

    public BilingualText getTitle() {
        return Campaign.orEmpty(title);
    }

    public BilingualText getBody() {
        return Campaign.orEmpty(body);
    }

    public void deposited(String path) {
        libraryPath = path;
    }

    public String getLibraryPath() {
        return libraryPath;
    }

    public String getLaw() {
        return law;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public String getInstitutionEmail() {
        return institutionEmail;
    }

    public Long getInstitutionOrganisationId() {
        return institutionOrganisationId;
    }

    public Integer getPublishAtSignatures() {
        return publishAtSignatures;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public PositionStatus getStatus() {
        return status;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTextHash() {
        return textHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
