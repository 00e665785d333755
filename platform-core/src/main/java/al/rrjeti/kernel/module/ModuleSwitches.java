package al.rrjeti.kernel.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The database side of the registry: one {@link ModuleRecord} per module ever seen. */
@ApplicationScoped
@Transactional
public class ModuleSwitches {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    public List<ModuleRecord> all() {
        return em.createQuery("SELECT m FROM ModuleRecord m ORDER BY m.id", ModuleRecord.class).getResultList();
    }

    public Optional<ModuleRecord> find(String id) {
        return Optional.ofNullable(em.find(ModuleRecord.class, id));
    }

    /** Records a newly discovered module (enabled) or the version it now runs. */
    public ModuleRecord seen(String id, String version, Instant now) {
        ModuleRecord r = em.find(ModuleRecord.class, id);
        if (r == null) {
            r = new ModuleRecord(id, version, now);
            em.persist(r);
        } else if (!version.equals(r.getInstalledVersion())) {
            r.installed(version);
        }
        return r;
    }

    /** @return false when the module already was in that state */
    public boolean set(String id, boolean enabled, Instant now) {
        ModuleRecord r = em.find(ModuleRecord.class, id);
        if (r == null || r.isEnabled() == enabled) {
            return false;
        }
        r.switchTo(enabled, now);
        return true;
    }
}
