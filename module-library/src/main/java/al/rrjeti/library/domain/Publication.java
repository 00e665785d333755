package al.rrjeti.library.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A publication of the library, from submission to publication. Titles and summaries exist in
 * Albanian and/or English; authoring organisations are referred to by their directory id.
 */
@Entity
@Table(name = "library_publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false)
    private PublicationKind kind;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq", length = 300))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 300))
    private BilingualText title;

    /** The title the catalogue sorts by (lower case, Albanian first), kept so that an index can serve the sort. */
    @Column(name = "sort_title", length = 300)
    private String sortTitle;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "summary_sq", length = 4000))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 4000))
    private BilingualText summary;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "doc_language", length = 10, nullable = false)
    private String documentLanguage;

    @Column(name = "external_url", length = 500)
    private String externalUrl;

    @Column(name = "licence", length = 200)
    private String licence;

    @Column(name = "source", length = 300)
    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "library_publication_topic", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "topic_id", nullable = false)
    private Set<Long> topicIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "library_publication_org", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private PublicationStatus status;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "submitted_for")
    private Long submittedFor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "went_public_at")
    private Instant wentPublicAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Publication() {
    }

    Publication(PublicationDetails d, Long submittedBy, Long submittedFor, Instant now) {
        apply(d);
        this.submittedBy = submittedBy;
        this.submittedFor = submittedFor;
        this.createdAt = now;
        this.status = PublicationStatus.SUBMITTED;
    }

    /** Creates a submission; {@link #publish} makes it public. */
    public static Publication submit(PublicationDetails d, Long submittedBy, Long submittedFor, Instant now) {
        return new Publication(d, submittedBy, submittedFor, now);
    }

    public final void apply(PublicationDetails d) {
        this.kind = d.kind();
        this.title = BilingualText.of(blankToNull(d.titleSq()), blankToNull(d.titleEn()));
        this.summary = BilingualText.of(blankToNull(d.summarySq()), blankToNull(d.summaryEn()));
        this.publishedOn = d.publishedOn();
        this.documentLanguage = d.documentLanguage();
        this.externalUrl = blankToNull(d.externalUrl());
        this.licence = blankToNull(d.licence());
        this.source = blankToNull(d.source());
        this.topicIds = new HashSet<>(d.topicIds());
        this.organisationIds = new HashSet<>(d.organisationIds());
    }

    public void publish(Instant now) {
        this.status = PublicationStatus.PUBLISHED;
        this.reviewComment = null;
        if (wentPublicAt == null) {
            wentPublicAt = now;
        }
    }

    public void requestChanges(String comment) {
        this.status = PublicationStatus.CHANGES_REQUESTED;
        this.reviewComment = comment;
    }

    public void reject(String comment) {
        this.status = PublicationStatus.REJECTED;
        this.reviewComment = comment;
    }

    public void resubmit() {
        this.status = PublicationStatus.SUBMITTED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @PrePersist
    @PreUpdate
    void keepSortTitle() {
        String t = getTitle().in(Language.DEFAULT.locale());
        sortTitle = t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public PublicationKind getKind() {
        return kind;
    }

    /** The title in Albanian and/or English (never null; at least one language once submitted). */
    public BilingualText getTitle() {
        return title == null ? BilingualText.of(null, null) : title;
    }

    /** The summary in Albanian and/or English (never null, possibly empty). */
    public BilingualText getSummary() {
        return summary == null ? BilingualText.of(null, null) : summary;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public String getLicence() {
        return licence;
    }

    public String getSource() {
        return source;
    }

    public Set<Long> getTopicIds() {
        return Set.copyOf(topicIds);
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    /** The organisation it was submitted for; null when an editor published it directly. */
    public Long getSubmittedFor() {
        return submittedFor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWentPublicAt() {
        return wentPublicAt;
    }
}
