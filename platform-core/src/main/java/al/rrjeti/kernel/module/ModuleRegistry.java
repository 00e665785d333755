package al.rrjeti.kernel.module;

import al.rrjeti.kernel.Kernel;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Knows every module of the platform and which of them are active.
 *
 * <p>At start it discovers the {@link PlatformModule} beans, records new ones (enabled) in the
 * database, resolves their requirements against the operator's switches, and brings each active
 * module's tables up to date and its seed content in. Everything else in the kernel asks it
 * whether a module is active; the answer is an immutable snapshot, replaced whole on change.
 */
@ApplicationScoped
public class ModuleRegistry {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    @Inject
    @Any
    private Instance<PlatformModule> beans;

    @Inject
    private ModuleSwitches switches;

    @Inject
    private Migrations migrations;

    @Inject
    private AuditLog audit;

    @Inject
    private PlatformClock clock;

    @Inject
    private Event<PublicContentChanged> publicChange;
    private final ModuleResolver resolver = new ModuleResolver(Kernel.VERSION);
    private final Set<String> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile List<InstalledModule> snapshot = List.of();
    private volatile List<DescribedModule> discovered = List.of();

    /** Discovers, records and resolves the modules, then prepares the active ones. */
    public synchronized void start() {
        List<DescribedModule> found = new ArrayList<>();
        for (PlatformModule bean : beans) {
            try {
                found.add(new DescribedModule(bean.descriptor(), bean));
            } catch (RuntimeException broken) {
                LOG.log(Level.SEVERE, "Module " + bean.getClass().getName() + " has an invalid descriptor", broken);
            }
        }
        found.sort(Comparator.comparing(d -> d.descriptor().id()));
        Instant now = clock.now();
        for (DescribedModule d : found) {
            switches.seen(d.descriptor().id(), d.descriptor().version().toString(), now);
        }
        discovered = List.copyOf(found);
        refresh();
        LOG.info(() -> "Modules: " + snapshot.stream()
                .map(m -> m.id() + " " + m.descriptor().version() + " " + m.state())
                .collect(Collectors.joining(", ")));
    }

    /** Re-reads the switches from the database and resolves again. */
    public synchronized void refresh() {
        Set<String> disabled = new HashSet<>();
        for (ModuleRecord r : switches.all()) {
            if (!r.isEnabled()) {
                disabled.add(r.getId());
            }
        }
        List<ModuleDescriptor> descriptors = discovered.stream().map(DescribedModule::descriptor).toList();
        Map<String, Resolution> resolved = resolver.resolve(descriptors, disabled);
        List<InstalledModule> next = new ArrayList<>();
        for (DescribedModule d : discovered) {
            Resolution r = resolved.get(d.descriptor().id());
            if (r.isActive() && !prepare(d)) {
                r = Resolution.inactive(Inactivity.of(Inactivity.Code.MIGRATION_FAILED, d.descriptor().id()));
            }
            next.add(new InstalledModule(d.descriptor(), d.bean(), r));
        }
        snapshot = List.copyOf(next);
        // After the switch is committed and the new state is in place: pages rendered before go.
        publicChange.fire(PublicContentChanged.kernel());
    }

    /** Runs the module's migrations and seed once per start of the application. */
    private boolean prepare(DescribedModule d) {
        String id = d.descriptor().id();
        if (prepared.contains(id)) {
            return true;
        }
        try {
            d.descriptor().changelog()
                    .ifPresent(c -> migrations.apply(c, d.bean().getClass().getClassLoader()));
            d.bean().seed();
            prepared.add(id);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Module " + id + " could not be prepared; it stays inactive", e);
            return false;
        }
    }

    /**
     * Switches a module on or off and re-resolves; the change is audited.
     * Callers check the operator's right first (see {@code ModuleAdministration}).
     *
     * @return false when the module already was in that state
     * @throws UnknownModuleException when no such module is installed
     */
    @Transactional
    public boolean setEnabled(String id, boolean enabled, String actor) {
        if (find(id).isEmpty()) {
            throw new UnknownModuleException(id);
        }
        boolean changed = switches.set(id, enabled, clock.now());
        if (changed) {
            audit.record(actor, enabled ? "module.enabled" : "module.disabled", id, null);
        }
        return changed;
    }

    /** Every installed module, active or not, ordered by id. */
    public List<InstalledModule> all() {
        return snapshot;
    }

    public List<InstalledModule> active() {
        return snapshot.stream().filter(InstalledModule::isActive).toList();
    }

    public Optional<InstalledModule> find(String id) {
        return snapshot.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public boolean isInstalled(String id) {
        return find(id).isPresent();
    }

    public boolean isActive(String id) {
        return find(id).map(InstalledModule::isActive).orElse(false);
    }

    private record DescribedModule(ModuleDescriptor descriptor, PlatformModule bean) {
    }
}
