package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.Member;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * Who acts for which organisation, as the forum decides it: membership from the kernel's
 * directory, and only organisations a moderator has verified count.
 */
@ApplicationScoped
public class Memberships {

    @Inject
    private OrganisationLookup organisations;

    /** The verified organisations (of a type, or any with null) the person belongs to, by name. */
    public List<OrganisationRef> verified(Long personId, OrganisationType type) {
        List<Long> ids = organisations.membershipsOf(personId).stream().map(Member::organisationId).toList();
        return organisations.byIds(ids).values().stream().filter(OrganisationRef::isVerified)
                .filter(o -> type == null || o.getType() == type)
                .sorted(Comparator.comparing(OrganisationRef::getName)).toList();
    }

    public boolean isVerifiedMember(Long personId, Long organisationId, OrganisationType type) {
        return organisationId != null && verified(personId, type).stream().anyMatch(o -> o.getId().equals(organisationId));
    }

    /** Its representative, for a verified organisation of that type. */
    public boolean represents(Long personId, Long organisationId, OrganisationType type) {
        return organisationId != null && organisations.represents(personId, organisationId)
                && organisations.find(organisationId).map(o -> o.getType() == type).orElse(false);
    }

    /** The verified CSOs the person represents: those they may sign for. */
    public List<OrganisationRef> represented(Long personId) {
        return verified(personId, OrganisationType.CSO).stream()
                .filter(o -> organisations.represents(personId, o.getId())).toList();
    }
}
