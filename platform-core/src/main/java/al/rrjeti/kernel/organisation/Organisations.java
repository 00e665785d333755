package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stored organisations and memberships. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Organisations {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    public Optional<Organisation> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Organisation.class, id));
    }

    /** Organisations by id, in one query; ids not found are missing from the map. */
    public Map<Long, Organisation> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Organisation> found = new java.util.HashMap<>();
        em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", java.util.Set.copyOf(ids)).getResultList().forEach(o -> found.put(o.getId(), o));
        return found;
    }

    /** Verified organisations, optionally of one type and matching a text, by name. */
    public List<Organisation> verified(OrganisationType type, String text) {
        boolean search = text != null && !text.isBlank();
        // Conditions are added, not made optional with "? IS NULL", which Derby refuses.
        var query = em.createQuery("SELECT o FROM Organisation o WHERE o.status = :s"
                        + (type != null ? " AND o.type = :t" : "")
                        + (search ? " AND (LOWER(o.name) LIKE :q OR LOWER(o.descriptionSq) LIKE :q"
                                + " OR LOWER(o.descriptionEn) LIKE :q)" : "")
                        + " ORDER BY o.name", Organisation.class)
                .setParameter("s", OrganisationStatus.VERIFIED);
        if (type != null) {
            query.setParameter("t", type);
        }
        if (search) {
            query.setParameter("q", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query.getResultList();
    }

    public List<Organisation> withStatus(OrganisationStatus status) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.status = :s ORDER BY o.createdAt", Organisation.class)
                .setParameter("s", status).getResultList();
    }

    public long countWithStatus(OrganisationStatus status) {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    /** Accounts that belong to a verified organisation whose members hold one of the roles. */
    public Set<Long> membersGivenAnyOf(Set<Role> roles) {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        for (OrganisationType t : OrganisationType.values()) {
            if (roles.contains(t.memberRole())) {
                types.add(t);
            }
        }
        if (types.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT DISTINCT m.accountId FROM Organisation o, Membership m"
                        + " WHERE m.organisationId = o.id AND o.status = :s AND o.type IN :types", Long.class)
                .setParameter("s", OrganisationStatus.VERIFIED).setParameter("types", types).getResultList());
    }

    public Map<OrganisationType, Long> verifiedCounts() {
        Map<OrganisationType, Long> counts = new EnumMap<>(OrganisationType.class);
        for (OrganisationType t : OrganisationType.values()) {
            counts.put(t, 0L);
        }
        for (Object[] row : em.createQuery("SELECT o.type, COUNT(o) FROM Organisation o WHERE o.status = :s"
                        + " GROUP BY o.type", Object[].class)
                .setParameter("s", OrganisationStatus.VERIFIED).getResultList()) {
            counts.put((OrganisationType) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Member counts of the given organisations, in one query. */
    public Map<Long, Long> memberCounts(List<Long> organisationIds) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (organisationIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT m.organisationId, COUNT(m) FROM Membership m"
                        + " WHERE m.organisationId IN :ids GROUP BY m.organisationId", Object[].class)
                .setParameter("ids", organisationIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<Membership> members(Long organisationId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.organisationId = :o ORDER BY m.joinedAt",
                Membership.class).setParameter("o", organisationId).getResultList();
    }

    public List<Membership> membershipsOf(Long accountId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.accountId = :a", Membership.class)
                .setParameter("a", accountId).getResultList();
    }

    public Optional<Membership> membership(Long organisationId, Long accountId) {
        return Optional.ofNullable(em.find(Membership.class, new Membership.Key(organisationId, accountId)));
    }

    /** The roles an account holds through the verified organisations it belongs to. */
    public Set<Role> rolesThroughMemberships(Long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        em.createQuery("SELECT o.type FROM Organisation o, Membership m WHERE m.organisationId = o.id"
                        + " AND m.accountId = :a AND o.status = :s", OrganisationType.class)
                .setParameter("a", accountId).setParameter("s", OrganisationStatus.VERIFIED)
                .getResultList().forEach(t -> roles.add(t.memberRole()));
        return roles;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void add(Membership membership) {
        em.persist(membership);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void remove(Membership membership) {
        em.remove(em.contains(membership) ? membership : em.merge(membership));
    }
}
