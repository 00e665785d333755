package al.rrjeti.library.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.TutorialSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The tutorials section: which published video stands in each of the two places. */
@ApplicationScoped
public class Tutorials {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    public static final List<String> SLOTS = List.of(TutorialSlot.CITIZENS, TutorialSlot.NETWORK);

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private PublicationRepository repository;

    @Inject
    private Permissions permissions;

    @Inject
    private StoredFiles files;

    /** The published video in the slot, if an editor has put one there. */
    public Optional<Publication> video(String slot) {
        return Optional.ofNullable(em.find(TutorialSlot.class, slot)).map(TutorialSlot::getPublicationId)
                .flatMap(repository::find).filter(Publication::isPublished);
    }

    /** The video file of the slot's publication (its current version), if the slot has one. */
    public Optional<PublicationFile> videoFile(String slot) {
        return video(slot).flatMap(p -> repository.files(p.getId()).stream()
                .filter(f -> files.find(f.getFileId()).map(s -> s.getContentType().startsWith("video/")).orElse(false))
                .max(java.util.Comparator.comparingInt(PublicationFile::getVersion)));
    }

    /** Published videos an editor may choose from. */
    public List<Publication> candidates() {
        return repository.withStatus(al.rrjeti.library.domain.PublicationStatus.PUBLISHED).stream()
                .filter(p -> p.getKind() == PublicationKind.VIDEO).toList();
    }

    /** An editor puts a published video in a slot (or empties it with null). */
    @Transactional
    public void assign(String slot, Long publicationId) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        if (!SLOTS.contains(slot)) {
            throw new BusinessException("library.unknown");
        }
        if (publicationId != null && repository.find(publicationId)
                .filter(p -> p.isPublished() && p.getKind() == PublicationKind.VIDEO).isEmpty()) {
            throw new BusinessException("library.tutorials.not-a-video");
        }
        TutorialSlot s = em.find(TutorialSlot.class, slot);
        if (s == null) {
            em.persist(new TutorialSlot(slot, publicationId));
        } else {
            s.assign(publicationId);
        }
    }
}
