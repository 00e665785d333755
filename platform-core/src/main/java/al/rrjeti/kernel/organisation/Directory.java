package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The public network directory: verified organisations and the initiative's targets. */
@ApplicationScoped
public class Directory {

    /** The initiative's aims: 50 CSOs, 50 institutions, 50 businesses and media together. */
    static final int TARGET_PER_GROUP = 50;

    /** An organisation as listed, with its member count (shown for CSOs). */
    public record Listing(Organisation organisation, long members) {
    }

    /** How far a group is from its target. */
    public record Progress(String labelKey, long count, int target) {
        public int percent() {
            return (int) Math.min(100, count * 100 / target);
        }
    }

    @Inject
    private Organisations organisations;

    public List<Listing> listing(OrganisationType type, String text) {
        List<Organisation> found = organisations.verified(type, text);
        Map<Long, Long> members = organisations.memberCounts(found.stream().map(Organisation::getId).toList());
        return found.stream().map(o -> new Listing(o, members.getOrDefault(o.getId(), 0L))).toList();
    }

    public List<Progress> progress() {
        Map<OrganisationType, Long> counts = organisations.verifiedCounts();
        return List.of(
                new Progress("directory.target.cso", counts.get(OrganisationType.CSO), TARGET_PER_GROUP),
                new Progress("directory.target.institution", counts.get(OrganisationType.INSTITUTION),
                        TARGET_PER_GROUP),
                new Progress("directory.target.business-media",
                        counts.get(OrganisationType.BUSINESS) + counts.get(OrganisationType.MEDIA), TARGET_PER_GROUP));
    }

    /** A verified organisation, for its public page. */
    public java.util.Optional<Listing> get(Long id) {
        return organisations.find(id).filter(Organisation::isVerified)
                .map(o -> new Listing(o, organisations.memberCounts(List.of(o.getId())).getOrDefault(o.getId(), 0L)));
    }
}
