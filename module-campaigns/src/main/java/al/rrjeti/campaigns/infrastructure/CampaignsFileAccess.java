package al.rrjeti.campaigns.infrastructure;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.spi.FileAccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A campaign's image is as public as the campaign: everyone may have it. Other files are not the module's. */
@ApplicationScoped
public class CampaignsFileAccess implements FileAccessRule {

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Override
    public Optional<Boolean> mayRead(FileRef file, Caller caller) {
        boolean ours = !em.createQuery("SELECT c.id FROM Campaign c WHERE c.imageFileId = :f", Long.class)
                .setParameter("f", file.getId()).setMaxResults(1).getResultList().isEmpty();
        return ours ? Optional.of(true) : Optional.empty();
    }
}
