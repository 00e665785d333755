package al.rrjeti.kernel.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file's description; its bytes live in the data directory under their SHA-256. */
@Entity
@Table(name = "core_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content_type", length = 100, nullable = false)
    private String contentType;

    @Column(name = "original_name", length = 255, nullable = false)
    private String originalName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    StoredFile(String sha256, long size, String contentType, String originalName, Instant createdAt) {
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.originalName = originalName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    /** The type found in the content, e.g. {@code application/pdf}. */
    public String getContentType() {
        return contentType;
    }

    public String getOriginalName() {
        return originalName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
