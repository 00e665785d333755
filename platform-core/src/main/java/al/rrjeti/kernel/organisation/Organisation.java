package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.OrganisationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** An organisation of the network, as registered and as the moderators decided on it. */
@Entity
@Table(name = "core_organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", length = 20, nullable = false)
    private OrganisationType type;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "registration_number", length = 50, nullable = false)
    private String registrationNumber;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "website", length = 300)
    private String website;

    @Column(name = "contact_email", length = 254, nullable = false)
    private String contactEmail;

    @Column(name = "description_sq", length = 4000)
    private String descriptionSq;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "logo_file_id")
    private Long logoFileId;

    @Column(name = "proof_file_id")
    private Long proofFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private OrganisationStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Organisation() {
    }

    Organisation(OrganisationDetails d, Instant createdAt) {
        this.type = d.type();
        apply(d);
        this.status = OrganisationStatus.PENDING;
        this.createdAt = createdAt;
    }

    final void apply(OrganisationDetails d) {
        this.name = d.name().strip();
        this.registrationNumber = d.registrationNumber().strip();
        this.address = blankToNull(d.address());
        this.website = blankToNull(d.website());
        this.contactEmail = d.contactEmail().strip().toLowerCase(Locale.ROOT);
        this.descriptionSq = blankToNull(d.descriptionSq());
        this.descriptionEn = blankToNull(d.descriptionEn());
    }

    void attachLogo(Long fileId) {
        this.logoFileId = fileId;
    }

    void attachProof(Long fileId) {
        this.proofFileId = fileId;
    }

    void decide(OrganisationStatus newStatus, String reason, Instant at) {
        this.status = newStatus;
        this.statusReason = blankToNull(reason);
        this.decidedAt = at;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** The description in the reader's language, or in the other one when that is all there is. */
    public String description(Locale locale) {
        return al.rrjeti.kernel.api.i18n.Bilingual.pick(locale, descriptionSq, descriptionEn);
    }

    public Long getLogoFileId() {
        return logoFileId;
    }

    public Long getProofFileId() {
        return proofFileId;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public boolean isVerified() {
        return status == OrganisationStatus.VERIFIED;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
