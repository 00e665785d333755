package al.rrjeti.chat.application;

import al.rrjeti.kernel.api.Member;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The people a member may start a conversation with or add to a room: the members of verified CSOs and institutions. */
@ApplicationScoped
public class ChatDirectory {

    /** A person to pick, with their organisation's name to tell namesakes apart. */
    public record Candidate(Long personId, String name, String organisation) {
    }

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private People people;

    @Inject
    private ChatAccess access;

    public List<Candidate> candidates(Locale reader) {
        Person me = access.requireChatter();
        List<OrganisationRef> orgs = new ArrayList<>(organisations.verified(OrganisationType.CSO, null));
        orgs.addAll(organisations.verified(OrganisationType.INSTITUTION, null));
        List<Candidate> found = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        seen.add(me.getId());
        for (OrganisationRef org : orgs) {
            List<Long> ids = organisations.members(org.getId()).stream().map(Member::personId)
                    .filter(seen::add).toList();
            Map<Long, Person> found0 = people.byIds(ids);
            for (Long id : ids) {
                Person p = found0.get(id);
                if (p != null && !p.isDeleted()) {
                    found.add(new Candidate(id, p.getDisplayName(), org.getName()));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER));
        return found;
    }
}
