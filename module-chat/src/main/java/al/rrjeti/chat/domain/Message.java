package al.rrjeti.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One message in a room. Its id orders the room's history and is what clients ask "after" and
 * "before". A deleted message keeps its place (and id) but not its text, so the history shows that
 * something was removed.
 */
@Entity
@Table(name = "chat_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private Long roomId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    /** The Markdown as written, mentions as tokens. */
    @Lob
    @Column(name = "body")
    private String body;

    /** The sanitised HTML shown to readers. */
    @Lob
    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "file_type", length = 120)
    private String fileType;

    @Column(name = "file_size")
    private Long fileSize;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Message() {
    }

    public Message(Long roomId, Long authorId, String body, String bodyHtml, Instant now) {
        this.roomId = roomId;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
    }

    public void edit(String newBody, String newHtml, Instant now) {
        if (isDeleted()) {
            throw new IllegalStateException("a deleted message cannot be edited");
        }
        this.body = newBody;
        this.bodyHtml = newHtml;
        this.editedAt = now;
    }

    /** The text goes for good; the place in the history stays. */
    public void delete(Instant now) {
        this.body = null;
        this.bodyHtml = null;
        this.deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    /** A file of the kernel's store sent with the message; its name, type and size are kept for listing it. */
    public void attach(al.rrjeti.kernel.api.files.FileRef file) {
        this.fileId = file.getId();
        this.fileName = file.getOriginalName();
        this.fileType = file.getContentType();
        this.fileSize = file.getSize();
    }

    public Long getFileId() {
        return fileId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public long getFileSize() {
        return fileSize == null ? 0 : fileSize;
    }

    public Long getId() {
        return id;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
