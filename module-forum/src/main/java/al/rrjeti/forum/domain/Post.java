package al.rrjeti.forum.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One post of a thread: its Markdown as written and the sanitised HTML made from it when it was
 * saved, so that a page of 200 posts renders no Markdown.
 */
@Entity
@Table(name = "forum_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    /** 1 for the opening post, then in order of writing. */
    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "pseudonym", length = 60)
    private String pseudonym;

    /** Read when edited or quoted, not for showing the post (the page shows {@link #bodyHtml}). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false)
    private String body;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Visibility status;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    /** The verified organisation this post answers for officially, if any. */
    @Column(name = "official_org_id")
    private Long officialOrgId;

    @Column(name = "quoted_post_id")
    private Long quotedPostId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Post() {
    }

    public Post(Long threadId, int number, Long authorId, String pseudonym, String body, String bodyHtml,
            Visibility status, Instant now) {
        this.threadId = threadId;
        this.number = number;
        this.authorId = authorId;
        this.pseudonym = pseudonym;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.status = status;
        this.createdAt = now;
    }

    public void quote(Long postId) {
        this.quotedPostId = postId;
    }

    public void answerFor(Long organisationId) {
        this.officialOrgId = organisationId;
    }

    public void rewrite(String body, String bodyHtml, Instant now) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.editedAt = now;
    }

    public void hide(String reason) {
        this.status = Visibility.HIDDEN;
        this.hiddenReason = reason;
    }

    public void show() {
        this.status = Visibility.VISIBLE;
        this.hiddenReason = null;
    }

    public boolean isOfficial() {
        return officialOrgId != null;
    }

    public boolean isVisible() {
        return status == Visibility.VISIBLE;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public int getNumber() {
        return number;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public String getBody() {
        return body;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Visibility getStatus() {
        return status;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Long getOfficialOrgId() {
        return officialOrgId;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
