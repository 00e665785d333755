package al.rrjeti.kernel.api;

import al.rrjeti.kernel.organisation.Membership;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network directory as modules read it: organisations and their members, as references.
 * Modules never change the directory; registration and verification are the kernel's.
 */
@ApplicationScoped
public class OrganisationLookup {

    @Inject
    private Organisations organisations;

    public Optional<OrganisationRef> find(Long id) {
        return organisations.find(id).map(OrganisationLookup::ref);
    }

    /** Organisations by id, in one query; ids not found are missing from the map. */
    public Map<Long, OrganisationRef> byIds(Collection<Long> ids) {
        Map<Long, OrganisationRef> refs = new LinkedHashMap<>();
        organisations.byIds(ids).forEach((id, o) -> refs.put(id, ref(o)));
        return refs;
    }

    /** Verified organisations, of one type (or all with {@code null}) and matching a text, by name. */
    public List<OrganisationRef> verified(OrganisationType type, String text) {
        return organisations.verified(type, text).stream().map(OrganisationLookup::ref).toList();
    }

    /** The members of an organisation, oldest first. */
    public List<Member> members(Long organisationId) {
        return organisations.members(organisationId).stream().map(OrganisationLookup::member).toList();
    }

    /** The organisations a person belongs to, verified or not. */
    public List<Member> membershipsOf(Long personId) {
        return organisations.membershipsOf(personId).stream().map(OrganisationLookup::member).toList();
    }

    /** Whether the person speaks for the organisation (its representative) and it is verified. */
    public boolean represents(Long personId, Long organisationId) {
        return organisations.find(organisationId).filter(Organisation::isVerified).isPresent()
                && organisations.membership(organisationId, personId).map(Membership::isRepresentative).orElse(false);
    }

    static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(o.getId(), o.getType(), o.getName(), o.getWebsite(), o.getDescriptionSq(),
                o.getDescriptionEn(), o.getLogoFileId(), o.isVerified());
    }

    private static Member member(Membership m) {
        return new Member(m.getOrganisationId(), m.getAccountId(), m.isRepresentative());
    }
}
