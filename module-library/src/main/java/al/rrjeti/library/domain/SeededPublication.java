package al.rrjeti.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A publication the module put in the library itself: one of the information package's documents
 * (a law, a strategy, a convention, a CPI report, a survey), with the verification status and last
 * check of the facts it rests on, or a demonstration an operator can remove.
 */
@Entity
@Table(name = "library_seeded")
public class SeededPublication {

    /** The account id recorded as the submitter of what the platform seeds itself (no person). */
    public static final Long PLATFORM = 0L;

    @Id
    @Column(name = "seed_key", length = 80)
    private String seedKey;

    @Column(name = "publication_id", nullable = false)
    private Long publicationId;

    @Column(name = "fact_status", length = 30)
    private String factStatus;

    @Column(name = "last_checked", nullable = false)
    private LocalDate lastChecked;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected SeededPublication() {
    }

    public SeededPublication(String seedKey, Long publicationId, String factStatus, LocalDate lastChecked,
            boolean demo) {
        this.seedKey = seedKey;
        this.publicationId = publicationId;
        this.factStatus = factStatus;
        this.lastChecked = lastChecked;
        this.demo = demo;
    }

    public String getSeedKey() {
        return seedKey;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    /** confirmed, partially_confirmed or unconfirmed, as the package says; null for demonstrations. */
    public String getFactStatus() {
        return factStatus;
    }

    public LocalDate getLastChecked() {
        return lastChecked;
    }

    public boolean isDemo() {
        return demo;
    }
}
