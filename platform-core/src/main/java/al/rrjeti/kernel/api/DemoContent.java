package al.rrjeti.kernel.api;

import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.organisation.DemoOrganisations;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demonstration content for a trial installation, behind one switch ({@code rrjeti.demo.enabled},
 * off by default; the run command turns it on). The kernel makes the demonstration organisations,
 * then each active module adds its own part through {@code PlatformModule.seedDemo()}, finding the
 * organisations here. One operator action removes all of it, and it does not come back.
 */
@ApplicationScoped
public class DemoContent {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String ORGANISATION = "organisation";
    private static final String REMOVED = "removed";

    @Inject
    @ConfigProperty(name = "rrjeti.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private DemoOrganisations organisations;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser caller;

    @Inject
    private AuditLog audit;

    /** A demonstration organisation, for modules' demonstration content. */
    public record DemoOrganisation(Long id, OrganisationType type, String name, Long representativeAccountId) {
    }

    /** At start: adds the demonstration content when the switch is on and it was never removed. */
    public void seedIfEnabled() {
        if (!enabled) {
            return;
        }
        if (isRemoved()) {
            LOG.info("Demonstration content was removed by an operator; not added again");
            return;
        }
        seed();
    }

    /** Adds the demonstration content now (the kernel's part, then each active module's). */
    public void seed() {
        ensureOrganisations();
        for (InstalledModule m : registry.active()) {
            try {
                m.bean().seedDemo();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Module " + m.id() + " could not add its demonstration content", e);
            }
        }
        publicChange.fire(PublicContentChanged.kernel());
        LOG.info("Demonstration content present (rrjeti.demo.enabled)");
    }

    private void ensureOrganisations() {
        organisations.ensure();
    }

    /** The demonstration organisations present now (none on a real installation). */
    public List<DemoOrganisation> organisations() {
        return organisations.recorded().stream().map(organisations::find).flatMap(Optional::stream)
                .map(o -> new DemoOrganisation(o.getId(), o.getType(), o.getName(),
                        organisations.representative(o.getId()).orElse(null))).toList();
    }

    /** The demonstration organisation of a type, if present. */
    public Optional<DemoOrganisation> organisation(OrganisationType type) {
        return organisations().stream().filter(o -> o.type() == type).findFirst();
    }

    public boolean isPresent() {
        return !ids(ORGANISATION).isEmpty();
    }

    /** The operator removes every demonstration item, the modules' and the kernel's; returns how many. */
    @Transactional
    public int remove() {
        publicChange.fire(PublicContentChanged.kernel());
        caller.require(Role.OPERATOR);
        int removed = 0;
        for (InstalledModule m : registry.active()) {
            removed += m.bean().removeDemo();
        }
        for (Long id : ids(ORGANISATION)) {
            organisations.remove(id);
            removed++;
        }
        em.createNativeQuery("DELETE FROM core_demo_item").executeUpdate();
        record(REMOVED, 0L);
        audit.record(caller.getName(), "demo.removed", "demo", removed + " items");
        return removed;
    }

    private boolean isRemoved() {
        return !ids(REMOVED).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String kind) {
        return ((List<Number>) em.createNativeQuery("SELECT ref_id FROM core_demo_item WHERE kind = ?1 ORDER BY ref_id")
                .setParameter(1, kind).getResultList()).stream().map(Number::longValue).toList();
    }

    private void record(String kind, Long id) {
        em.createNativeQuery("INSERT INTO core_demo_item (kind, ref_id) VALUES (?1, ?2)").setParameter(1, kind)
                .setParameter(2, id).executeUpdate();
    }
}
