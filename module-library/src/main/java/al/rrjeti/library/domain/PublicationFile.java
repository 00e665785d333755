package al.rrjeti.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of one of a publication's files. Files of the same "series" are versions of each
 * other; the highest version is current, the older ones stay as history.
 */
@Entity
@Table(name = "library_file")
public class PublicationFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "publication_id", nullable = false)
    private Long publicationId;

    @Column(name = "series", nullable = false)
    private int series;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "captions_file_id")
    private Long captionsFileId;

    @Column(name = "captions_en_file_id")
    private Long captionsEnFileId;

    @Column(name = "downloads", nullable = false)
    private long downloads;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false)
    private Long addedBy;

    @jakarta.persistence.Lob
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    protected PublicationFile() {
    }

    public PublicationFile(Long publicationId, int series, int version, Long fileId, Long captionsFileId,
            Long addedBy, Instant addedAt) {
        this.publicationId = publicationId;
        this.series = series;
        this.version = version;
        this.fileId = fileId;
        this.captionsFileId = captionsFileId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    public int getSeries() {
        return series;
    }

    public int getVersion() {
        return version;
    }

    /** The kernel file store's id of the bytes. */
    public Long getFileId() {
        return fileId;
    }

    /** WebVTT captions of a video in Albanian (or in the video's only language), if any. */
    public Long getCaptionsFileId() {
        return captionsFileId;
    }

    /** WebVTT captions of a video in English, if any. */
    public Long getCaptionsEnFileId() {
        return captionsEnFileId;
    }

    public void setCaptionsEnFileId(Long captionsEnFileId) {
        this.captionsEnFileId = captionsEnFileId;
    }

    public long getDownloads() {
        return downloads;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Long getAddedBy() {
        return addedBy;
    }

    /** The text of the file (PDFs), for search; null for files without text. */
    public String getExtractedText() {
        return extractedText;
    }

    public void setExtractedText(String text) {
        this.extractedText = text;
    }
}
