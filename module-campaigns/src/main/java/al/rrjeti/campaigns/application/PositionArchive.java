package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionRepository;
import al.rrjeti.campaigns.domain.PositionStatus;
import al.rrjeti.campaigns.domain.Signature;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.DocumentKind;
import al.rrjeti.kernel.api.Documents;
import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Published joint positions go to the platform's library (when a module keeps documents), as a
 * submission of the initiating organisation. The library takes deposits only from that
 * organisation's members: when the signature that publishes comes from another organisation, or
 * the daily job publishes, the initiators find a button on the position's page instead.
 */
@ApplicationScoped
public class PositionArchive {

    private static final Logger LOG = Logger.getLogger(PositionArchive.class.getName());

    @Inject
    private Documents documents;

    @Inject
    private Memberships memberships;

    @Inject
    private Caller caller;

    @Inject
    private PositionLetter letter;

    @Inject
    private PositionRepository positions;

    @Inject
    private ArchiveCall apart;

    @Inject
    private Audit audit;

    @Inject
    private Event<PublicContentChanged> publicChange;

    /** Called as the position publishes, in that transaction; a refusal of the library never undoes the publication. */
    void published(Position p, List<Signature> signatures) {
        if (!mayDeposit(p)) {
            return;
        }
        try {
            p.deposited(apart.deposit(deposit(p, signatures)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Position " + p.getId() + " stays for its initiators to deposit", e);
        }
    }

    /** Whether the caller may hand this published position to the library now. */
    public boolean mayDeposit(Position p) {
        return p != null && p.getLibraryPath() == null && documents.available()
                && (p.getStatus() == PositionStatus.PUBLISHED || p.getStatus() == PositionStatus.ANSWERED)
                && caller.account().map(me -> memberships.isVerifiedMember(me.getId(), p.getOrganisationId(), null))
                        .orElse(false);
    }

    /**
     * A member of the initiating organisation hands the published position to the library.
     *
     * @return the library page that follows it
     */
    @Transactional
    public String deposit(Long id) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Position p = positions.lock(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        if (p.getLibraryPath() != null) {
            throw new BusinessException("campaigns.position.deposited");
        }
        if (!documents.available()) {
            throw new BusinessException("campaigns.library.off");
        }
        if (!mayDeposit(p)) {
            throw new AccessDeniedException();
        }
        String path = documents.deposit(deposit(p, positions.signatures(id)));
        p.deposited(path);
        audit.record(caller.auditName(), "campaigns.position.deposited", "position " + id, path);
        return path;
    }

    private DocumentDeposit deposit(Position p, List<Signature> signatures) {
        return new DocumentDeposit(DocumentKind.JOINT_POSITION, p.getOrganisationId(), p.getTitle().getSq(),
                p.getTitle().getEn(), null, null, letter.body(p, signatures),
                "/campaigns/position.xhtml?id=" + p.getId());
    }
}
