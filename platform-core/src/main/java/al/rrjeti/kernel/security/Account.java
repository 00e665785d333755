package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person's account. The e-mail address (lower case) is the login name. */
@Entity
@Table(name = "core_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", length = 254, nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", length = 100, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 512, nullable = false)
    private String passwordHash;

    @Column(name = "language", length = 5, nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private AccountStatus status;

    @Column(name = "consented_at")
    private Instant consentedAt;

    @Column(name = "blocked_reason", length = 500)
    private String blockedReason;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 40, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    /** A new account; {@link AccountStatus#PENDING} until its e-mail address is confirmed. */
    public Account(String email, String displayName, String passwordHash, Locale language, Instant createdAt) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = language.getLanguage();
        this.createdAt = createdAt;
        this.status = AccountStatus.PENDING;
    }

    /** The canonical form of a login e-mail. */
    public static String normalise(String email) {
        return al.rrjeti.kernel.EmailAddress.normalise(email);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** The e-mail address is confirmed (or the account was made by the platform itself). */
    public void activate() {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void consented(Instant at) {
        this.consentedAt = at;
    }

    public void block(String reason) {
        this.status = AccountStatus.BLOCKED;
        this.blockedReason = reason;
    }

    public void unblock() {
        if (status == AccountStatus.BLOCKED) {
            status = AccountStatus.ACTIVE;
            blockedReason = null;
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeEmail(String newEmail) {
        this.email = normalise(newEmail);
    }

    public void changeProfile(String newDisplayName, Locale newLanguage) {
        this.displayName = newDisplayName;
        this.language = newLanguage.getLanguage();
    }

    /**
     * Deletes the person, not the account row: what they wrote stays, shown as "deleted
     * account"; e-mail, name and password are gone for good.
     */
    public void delete(Instant at, String unusableHash) {
        this.status = AccountStatus.DELETED;
        this.email = "deleted-" + id + "@deleted.invalid";
        this.displayName = "";
        this.passwordHash = unusableHash;
        this.blockedReason = null;
        this.deletedAt = at;
        this.roles.clear();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }
}
