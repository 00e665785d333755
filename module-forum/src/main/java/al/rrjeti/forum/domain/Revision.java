package al.rrjeti.forum.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A post's earlier wording, kept when it is edited; moderators read the history. */
@Entity
@Table(name = "forum_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body", nullable = false)
    private String body;

    /** When this wording was written (the post's creation or its previous edit). */
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by", nullable = false)
    private Long replacedBy;

    protected Revision() {
    }

    public Revision(Post post, Long replacedBy, Instant now) {
        this.postId = post.getId();
        this.body = post.getBody();
        this.writtenAt = post.getEditedAt() != null ? post.getEditedAt() : post.getCreatedAt();
        this.replacedAt = now;
        this.replacedBy = replacedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getPostId() {
        return postId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public Long getReplacedBy() {
        return replacedBy;
    }
}
