package al.rrjeti.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of the kernel's file store attached to a post. */
@Entity
@Table(name = "forum_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    protected Attachment() {
    }

    public Attachment(Long postId, Long fileId) {
        this.postId = postId;
        this.fileId = fileId;
    }

    public Long getId() {
        return id;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getFileId() {
        return fileId;
    }
}
