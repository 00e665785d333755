package al.rrjeti.kernel.mail;

import jakarta.persistence.Basic;
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
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One mail, as sent or as waiting in the outbox. */
@Entity
@Table(name = "core_mail")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", length = 254, nullable = false)
    private String recipient;

    @Column(name = "subject", length = 300, nullable = false)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text", nullable = false)
    private String text;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_html", nullable = false)
    private String html;

    @Column(name = "language", length = 5, nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private MailStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** List headers (RFC 2369/8058), one {@code Name: value} per line; null for most mail. */
    @Column(name = "list_headers", length = 2000)
    private String listHeaders;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "core_mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<MailPart> attachments = new ArrayList<>();

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String text, String html, String language, MailStatus status,
            Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.text = text;
        this.html = html;
        this.language = language;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public String getLanguage() {
        return language;
    }

    public MailStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public List<MailPart> getAttachments() {
        return attachments;
    }

    /** The list headers in the order they were given. */
    public Map<String, String> getListHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (listHeaders != null) {
            for (String line : listHeaders.split("\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    void attach(String fileName, String contentType, byte[] content) {
        attachments.add(new MailPart(fileName, contentType, content));
    }

    void listHeaders(Map<String, String> headers) {
        StringBuilder b = new StringBuilder();
        headers.forEach((name, value) -> b.append(b.isEmpty() ? "" : "\n").append(name).append(": ").append(value));
        listHeaders = b.isEmpty() ? null : b.toString();
    }

    void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void failed(String error) {
        status = MailStatus.FAILED;
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
