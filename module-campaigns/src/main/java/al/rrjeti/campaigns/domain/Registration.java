package al.rrjeti.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's registration for an event; the waiting list is served in the order people joined it. */
@Entity
@Table(name = "campaigns_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the reminder before the activity went out; null while none has. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Registration() {
    }

    public Registration(Long eventId, Long personId, RegistrationStatus status, Instant createdAt) {
        this.eventId = eventId;
        this.personId = personId;
        this.status = status;
        this.createdAt = createdAt;
    }

    public void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getPersonId() {
        return personId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
