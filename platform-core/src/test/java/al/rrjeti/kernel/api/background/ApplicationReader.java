package al.rrjeti.kernel.api.background;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads outside any transaction from a bean that lives beyond requests, as a background task's service may. */
@ApplicationScoped
public class ApplicationReader {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager entities;

    public long accounts() {
        return entities.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }
}
