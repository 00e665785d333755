package al.rrjeti.kernel.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An account's membership of an organisation. */
@Entity
@Table(name = "core_membership")
@IdClass(Membership.Key.class)
public class Membership {

    /** The composite key: organisation and account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private Long accountId;

        public Key() {
        }

        public Key(Long organisationId, Long accountId) {
            this.organisationId = organisationId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(organisationId, k.organisationId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(organisationId, accountId);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = 20, nullable = false)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    Membership(Long organisationId, Long accountId, MemberRole role, Instant joinedAt) {
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MemberRole getRole() {
        return role;
    }

    public boolean isRepresentative() {
        return role == MemberRole.REPRESENTATIVE;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    void changeRole(MemberRole newRole) {
        this.role = newRole;
    }
}
