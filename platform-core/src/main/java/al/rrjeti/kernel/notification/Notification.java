package al.rrjeti.kernel.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notification to one person, already in their language. */
@Entity
@Table(name = "core_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "notification_type", length = 80, nullable = false)
    private String type;

    @Column(name = "title", length = 300, nullable = false)
    private String title;

    @Column(name = "body", length = 2000)
    private String body;

    @Column(name = "link", length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", length = 20, nullable = false)
    private MailState mailState;

    protected Notification() {
    }

    Notification(Long accountId, String type, String title, String body, String link, Instant createdAt,
            MailState mailState) {
        this.accountId = accountId;
        this.type = type;
        this.title = cut(title, 300);
        this.body = body == null ? null : cut(body, 2000);
        this.link = link;
        this.createdAt = createdAt;
        this.mailState = mailState;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    /** Path inside the application, e.g. {@code /organisations/manage.xhtml?id=4}. */
    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    MailState mailState() {
        return mailState;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void mailed() {
        mailState = MailState.SENT;
    }
}
