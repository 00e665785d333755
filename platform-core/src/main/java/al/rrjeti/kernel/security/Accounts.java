package al.rrjeti.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Stored accounts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Accounts {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    public Optional<Account> byEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", Account.normalise(email))
                .getResultStream().findFirst();
    }

    public boolean anyWithRole(Role role) {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Account account) {
        em.persist(account);
    }
}
