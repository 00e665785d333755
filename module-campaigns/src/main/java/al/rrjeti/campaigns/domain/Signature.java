package al.rrjeti.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An organisation's signature under a joint position, given by its representative, with the hash
 * of the exact text signed. A signature whose hash differs from the position's current one needs
 * renewing; one withdrawn after publication stays, with its note, so the list never silently shrinks.
 */
@Entity
@Table(name = "campaigns_signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "signer_id", nullable = false)
    private Long signerId;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "text_hash", nullable = false)
    private String textHash;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_note")
    private String withdrawalNote;

    protected Signature() {
    }

    public Signature(Long positionId, Long organisationId, Long signerId, int versionNumber, String textHash,
            Instant signedAt) {
        this.positionId = positionId;
        this.organisationId = organisationId;
        renew(signerId, versionNumber, textHash, signedAt);
    }

    /** Signs again, for the text as it is now. */
    public final void renew(Long signer, int version, String hash, Instant at) {
        this.signerId = signer;
        this.versionNumber = version;
        this.textHash = hash;
        this.signedAt = at;
    }

    public void withdraw(String note, Instant at) {
        this.withdrawalNote = note;
        this.withdrawnAt = at;
    }

    /** Counts towards publication: not withdrawn, and given for the text as it is. */
    public boolean validFor(Position position) {
        return withdrawnAt == null && textHash.equals(position.getTextHash());
    }

    public boolean needsRenewal(Position position) {
        return withdrawnAt == null && !textHash.equals(position.getTextHash());
    }

    public Long getId() {
        return id;
    }

    public Long getPositionId() {
        return positionId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getSignerId() {
        return signerId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTextHash() {
        return textHash;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
