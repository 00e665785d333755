package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionAttachment;
import al.rrjeti.campaigns.domain.PositionRepository;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents attached to a joint position. The initiators (members of the drafting organisation)
 * attach and remove them while the position is a draft or open for signature; from publication on
 * the list is frozen with the text, since the institution received it with the letter. Whoever may
 * read the position may read its documents, and no one else: the module's file-access rule asks
 * {@link #mayReadFile} before the kernel serves a byte.
 *
 * <p>The documents are the organisation's (its position's), not the uploader's: no person's id is
 * kept with them, so a member's personal-data export does not list them and erasing a member's
 * account leaves them with the position, as it leaves the position itself.
 */
@ApplicationScoped
public class PositionAttachments {

    /** At most this many documents a position. */
    public static final int MAX_PER_POSITION = 20;

    /** PDF, OpenDocument text, Word (the file store's detector names a .docx without its parsers x-tika-ooxml), PNG, JPEG. */
    static final Set<String> TYPES = Set.of("application/pdf", "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-tika-ooxml",
            "image/png", "image/jpeg");

    @Inject
    private PositionRepository positions;

    @Inject
    private PositionService service;

    @Inject
    private CampaignsSettings settings;

    @Inject
    private StoredFiles files;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private Audit audit;

    @Inject
    private Event<PublicContentChanged> publicChange;

    /** What a position's document may be: the size is the installation's setting. */
    public FileKind kind() {
        return new FileKind("campaigns-position-document", TYPES, settings.attachmentMaxBytes()).strippingImageMetadata();
    }

    /** A document as its readers see it: what it is called, its type and size, and the kernel's file. */
    public record Listed(Long id, BilingualText title, Long fileId, String name, String contentType, long size) {

        public Long getId() {
            return id;
        }

        public BilingualText getTitle() {
            return title;
        }

        public Long getFileId() {
            return fileId;
        }

        public String getName() {
            return name;
        }

        public String getContentType() {
            return contentType;
        }

        public long getSize() {
            return size;
        }
    }

    /**
     * Attaches a document; the file is refused by content (type) and size with the field's message,
     * and when it is, nothing is kept.
     *
     * @throws al.rrjeti.kernel.api.InvalidInputException a missing file or title, a wrong type, too large
     * @throws BusinessException {@code campaigns.attachment.frozen} after publication
     */
    @Transactional
    public PositionAttachment attach(Long positionId, Upload document, String titleSq, String titleEn) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Position p = writable(positionId);
        new Checks()
                .at("document", document == null, "campaigns.attachment.file.required")
                .required("titleSq", titleSq, "campaigns.attachment.title.required").maxLength("titleSq", titleSq, 300)
                .maxLength("titleEn", titleEn, 300)
                .at("document", positions.attachments(positionId).size() >= MAX_PER_POSITION,
                        "campaigns.attachment.too-many", MAX_PER_POSITION)
                .throwIfAny();
        FileRef file = files.store(document.content(), document.name(), kind(), "document");
        PositionAttachment a = new PositionAttachment(p.getId(), file.getId(),
                BilingualText.of(Checks.clean(titleSq), Checks.clean(titleEn)), clock.now());
        positions.add(a);
        audit.record(caller.auditName(), "campaigns.position.attached", "position " + p.getId(), "file " + file.getId());
        return a;
    }

    /** Takes a document off a position that is not yet published. */
    @Transactional
    public void remove(Long attachmentId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        PositionAttachment a = positions.attachment(attachmentId)
                .orElseThrow(() -> new BusinessException("campaigns.attachment.unknown"));
        writable(a.getPositionId());
        positions.remove(a);
        audit.record(caller.auditName(), "campaigns.position.detached", "position " + a.getPositionId(),
                "file " + a.getFileId());
    }

    /** The position's documents, for those who may read the position (a draft's only for its readers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> of(Long positionId) {
        service.read(positionId);
        return listed(positionId);
    }

    /** The documents without the reader's check: for the letter, which goes out when the position is published. */
    List<Listed> listed(Long positionId) {
        List<PositionAttachment> all = positions.attachments(positionId);
        Map<Long, FileRef> refs = files.findAll(all.stream().map(PositionAttachment::getFileId).toList());
        return all.stream().filter(a -> refs.containsKey(a.getFileId())).map(a -> {
            FileRef f = refs.get(a.getFileId());
            return new Listed(a.getId(), a.getTitle(), f.getId(), f.getOriginalName(), f.getContentType(), f.getSize());
        }).toList();
    }

    /**
     * The module's file-access rule: empty when the file is no position's document; otherwise
     * whether the caller may read the position it belongs to.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Boolean> mayReadFile(Long fileId) {
        return positions.attachmentOfFile(fileId)
                .map(a -> positions.find(a.getPositionId()).map(service::mayRead).orElse(false));
    }

    private Position writable(Long positionId) {
        caller.requireAccount();
        Position p = positions.lock(positionId).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        if (!service.mayWrite(p)) {
            throw new AccessDeniedException();
        }
        if (p.getStatus().frozen()) {
            throw new BusinessException("campaigns.attachment.frozen");
        }
        return p;
    }
}
