package al.rrjeti.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person follows a {@link Topic} and hears of new activities of the campaigns it concerns. */
@Entity
@Table(name = "campaigns_topic_subscription")
public class TopicSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false)
    private String topic;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TopicSubscription() {
    }

    public TopicSubscription(Long personId, Topic topic, Instant createdAt) {
        this.personId = personId;
        this.topic = topic.code();
        this.createdAt = createdAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTopic() {
        return topic;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
