package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
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

    /** Accounts whose e-mail or name contains the text (all of them, newest first, when it is blank). */
    public java.util.List<Account> search(String text, int max) {
        boolean any = text == null || text.isBlank();
        var q = em.createQuery("SELECT a FROM Account a WHERE a.status <> :deleted"
                + (any ? "" : " AND (LOWER(a.email) LIKE :t OR LOWER(a.displayName) LIKE :t)")
                + " ORDER BY a.createdAt DESC", Account.class).setParameter("deleted", AccountStatus.DELETED);
        if (!any) {
            q.setParameter("t", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return q.setMaxResults(max).getResultList();
    }

    /** Active accounts holding a stored role, e.g. the moderators to tell about a new organisation. */
    public java.util.List<Account> activeWithRole(Role role) {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.status = :s", Account.class)
                .setParameter("role", role).setParameter("s", AccountStatus.ACTIVE).getResultList();
    }

    /** Active accounts holding any of the stored roles. */
    public java.util.List<Account> activeWithAnyRole(java.util.Set<Role> roles) {
        if (roles.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r IN :roles AND a.status = :s",
                        Account.class)
                .setParameter("roles", roles).setParameter("s", AccountStatus.ACTIVE).getResultList();
    }

    public boolean anyWithRole(Role role) {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Optional<Account> byId(Long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Accounts by id, in one query; ids not found are missing from the map. */
    public java.util.Map<Long, Account> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Account> found = new java.util.HashMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", java.util.Set.copyOf(ids)).getResultList().forEach(a -> found.put(a.getId(), a));
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Account account) {
        em.persist(account);
    }

    /** Deletes accounts still pending that were created before the cut-off; returns how many. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int purgeUnconfirmed(java.time.Instant createdBefore) {
        var stale = em.createQuery("SELECT a FROM Account a WHERE a.status = :s AND a.createdAt < :t", Account.class)
                .setParameter("s", AccountStatus.PENDING).setParameter("t", createdBefore)
                .setMaxResults(500).getResultList();
        stale.forEach(em::remove);
        return stale.size();
    }

    /**
     * Replaces a password hash made with older parameters by one made now, unless the password
     * changed meanwhile. A bulk update: a login never conflicts with an edit of the account.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void upgradeHash(Long accountId, String oldHash, String newHash) {
        em.createQuery("UPDATE Account a SET a.passwordHash = :n WHERE a.id = :id AND a.passwordHash = :o")
                .setParameter("n", newHash).setParameter("id", accountId).setParameter("o", oldHash).executeUpdate();
    }

    /** Writes pending changes now, e.g. to learn a new account's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        em.flush();
    }
}
