package al.rrjeti.kernel.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A secret sent by mail (or kept in a cookie) that proves its bearer may do one thing once.
 * Only the SHA-256 of the secret is stored, so a copy of the database opens nothing.
 */
@Entity
@Table(name = "core_token")
public class OneTimeToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 30, nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "payload", length = 500)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {
    }

    OneTimeToken(Long accountId, TokenPurpose purpose, String tokenHash, String payload, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.payload = payload;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public Long getAccountId() {
        return accountId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    /** What the token carries besides its purpose, e.g. the new e-mail address. */
    public String getPayload() {
        return payload;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** When it was spent, or null while it is open. */
    public Instant getUsedAt() {
        return usedAt;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
