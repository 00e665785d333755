package al.rrjeti.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the two tutorial places the initiative plans: for citizens and businesses, and for CSOs
 * and institutions. An editor puts a published video publication in it.
 */
@Entity
@Table(name = "library_tutorial")
public class TutorialSlot {

    /** The two audiences of the tutorials. */
    public static final String CITIZENS = "citizens";
    public static final String NETWORK = "network";

    @Id
    @Column(name = "slot", length = 30)
    private String slot;

    @Column(name = "publication_id")
    private Long publicationId;

    protected TutorialSlot() {
    }

    public TutorialSlot(String slot, Long publicationId) {
        this.slot = slot;
        this.publicationId = publicationId;
    }

    public String getSlot() {
        return slot;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    public void assign(Long id) {
        this.publicationId = id;
    }
}
