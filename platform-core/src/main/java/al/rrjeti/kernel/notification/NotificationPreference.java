package al.rrjeti.kernel.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's choice of delivery for one type; without one, the type's default applies. */
@Entity
@Table(name = "core_notification_pref")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    /** Composite key: account and type. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private String type;

        public Key() {
        }

        public Key(Long accountId, String type) {
            this.accountId = accountId;
            this.type = type;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(type, k.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, type);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "notification_type", length = 80)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", length = 20, nullable = false)
    private Delivery delivery;

    protected NotificationPreference() {
    }

    NotificationPreference(Long accountId, String type, Delivery delivery) {
        this.accountId = accountId;
        this.type = type;
        this.delivery = delivery;
    }

    public String getType() {
        return type;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    void change(Delivery to) {
        this.delivery = to;
    }
}
