package al.rrjeti.kernel.api.background;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads as a page's getter does: with the server's entity manager, outside any transaction, so
 * that the entity manager belongs to the request (the one the managed executor used to close).
 */
@RequestScoped
public class RequestReader {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager entities;

    public long accounts() {
        return entities.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }
}
