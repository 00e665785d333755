package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A newsletter sent to a campaign's subscribers: kept as sent, with how many it went to. */
@Entity
@Table(name = "campaigns_newsletter")
public class Newsletter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "subject_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "subject_en"))
    private BilingualText subject;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "body_sq"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    private BilingualText body;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected Newsletter() {
    }

    public Newsletter(Long campaignId, BilingualText subject, BilingualText body, Long authorId, Instant sentAt) {
        this.campaignId = campaignId;
        this.subject = subject;
        this.body = body;
        this.authorId = authorId;
        this.sentAt = sentAt;
    }

    public void sentTo(int count) {
        recipients = count;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public BilingualText getSubject() {
        return Campaign.orEmpty(subject);
    }

    public BilingualText getBody() {
        return Campaign.orEmpty(body);
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
