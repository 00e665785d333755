package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.spi.FileAccessRule;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.files.FileRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Organisation files: a verified organisation's logo is public; the proof document, and the logo
 * of one not yet verified, are for moderators and the organisation's own members. The kernel's
 * own rule: the file servlet asks it beside the rules active modules declare.
 */
@ApplicationScoped
public class OrganisationFiles implements FileAccessRule {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Boolean> mayRead(FileRef file, Caller user) {
        List<Organisation> owners = em.createQuery("SELECT o FROM Organisation o WHERE o.logoFileId = :f"
                + " OR o.proofFileId = :f", Organisation.class).setParameter("f", file.getId()).getResultList();
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        for (Organisation o : owners) {
            boolean publicLogo = o.isVerified() && file.getId().equals(o.getLogoFileId());
            boolean insider = user.isModerator() || user.account()
                    .map(a -> em.find(Membership.class, new Membership.Key(o.getId(), a.getId())) != null)
                    .orElse(false);
            if (publicLogo || insider) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }
}
