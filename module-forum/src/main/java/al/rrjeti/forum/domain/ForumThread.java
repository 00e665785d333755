package al.rrjeti.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A thread: its first post opens it. Counters (replies, official answers, last activity) are kept
 * here so that a category page needs one query, whatever the number of posts.
 */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "forum_space", length = 10, nullable = false)
    private Space space;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private ThreadKind kind;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "pseudonym", length = 60)
    private String pseudonym;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Visibility status;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    @Column(name = "official_answers", nullable = false)
    private int officialAnswers;

    /** The organisation an information request is addressed to. */
    @Column(name = "addressee_id")
    private Long addresseeId;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ForumThread() {
    }

    public ForumThread(Category category, ThreadKind kind, String title, Long authorId, String pseudonym,
            Visibility status, Instant now) {
        this.space = category.getSpace();
        this.categoryId = category.getId();
        this.kind = kind;
        this.title = title;
        this.authorId = authorId;
        this.pseudonym = pseudonym;
        this.status = status;
        this.createdAt = now;
        this.lastPostAt = now;
    }

    /** An information request: who must answer, and by when. */
    public void addressTo(Long organisationId, LocalDate deadline) {
        this.addresseeId = organisationId;
        this.deadline = deadline;
    }

    public void replied(Instant at) {
        replyCount++;
        if (at.isAfter(lastPostAt)) {
            lastPostAt = at;
        }
    }

    /** A reply was taken back (hidden): the count shown to readers goes down. */
    public void replyWithdrawn() {
        replyCount = Math.max(0, replyCount - 1);
    }

    /** An official answer of a verified organisation; an addressed request counts as answered. */
    public void answeredOfficially(Long organisationId, Instant at) {
        officialAnswers++;
        if (addresseeId != null && addresseeId.equals(organisationId) && answeredAt == null) {
            answeredAt = at;
        }
    }

    /** Whether the asker may accept this post as the answer: a visible reply to a question or request. */
    public boolean acceptable(Post post) {
        return kind.isAsking() && post.getThreadId().equals(id) && post.getNumber() > 1 && post.isVisible();
    }

    public void accept(Long postId) {
        this.acceptedPostId = postId;
    }

    public void show(Visibility status) {
        this.status = status;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public void moveTo(Category category) {
        this.categoryId = category.getId();
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public boolean isRequest() {
        return addresseeId != null;
    }

    /** For questions and requests: an answer was accepted or an organisation answered officially. */
    public boolean isAnswered() {
        return acceptedPostId != null || officialAnswers > 0;
    }

    /** An addressed request not answered by its addressee after its deadline. */
    public boolean isOverdue(LocalDate today) {
        return isRequest() && answeredAt == null && deadline.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Space getSpace() {
        return space;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public ThreadKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public Visibility getStatus() {
        return status;
    }

    public boolean isVisible() {
        return status == Visibility.VISIBLE;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastPostAt() {
        return lastPostAt;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public Long getAcceptedPostId() {
        return acceptedPostId;
    }

    public int getOfficialAnswers() {
        return officialAnswers;
    }

    public Long getAddresseeId() {
        return addresseeId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
