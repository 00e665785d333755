package al.rrjeti.campaigns.infrastructure;

import al.rrjeti.campaigns.application.PositionAttachments;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.spi.FileAccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * A campaign's image is as public as the campaign: everyone may have it. A joint position's document
 * is as readable as its position, which the positions' service decides (a draft's only for the
 * network and editors). Other files are not the module's.
 */
@ApplicationScoped
public class CampaignsFileAccess implements FileAccessRule {

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Inject
    private PositionAttachments attachments;

    @Override
    public Optional<Boolean> mayRead(FileRef file, Caller caller) {
        boolean image = !em.createQuery("SELECT c.id FROM Campaign c WHERE c.imageFileId = :f", Long.class)
                .setParameter("f", file.getId()).setMaxResults(1).getResultList().isEmpty();
        return image ? Optional.of(true) : attachments.mayReadFile(file.getId());
    }
}
