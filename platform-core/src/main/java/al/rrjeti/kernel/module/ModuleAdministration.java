package al.rrjeti.kernel.module;

import al.rrjeti.kernel.audit.AuditEntry;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The operator's use cases on modules: list them, switch them on and off, read their audit trail. */
@ApplicationScoped
public class ModuleAdministration {

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser caller;

    @Inject
    private AuditLog audit;

    @Inject
    private SearchIndex search;

    public List<InstalledModule> modules() {
        caller.require(Role.OPERATOR);
        return registry.all();
    }

    /** Switches a module off: it disappears from menus, pages, REST and search at once. */
    public boolean disable(String id) {
        return set(id, false);
    }

    /** Switches a module back on, with its data as it was. */
    public boolean enable(String id) {
        return set(id, true);
    }

    /** Rebuilds the search index from every module's data; audited. */
    public int rebuildSearch() {
        caller.require(Role.OPERATOR);
        int documents = search.rebuild();
        audit.record(caller.getName(), "module.search-rebuilt", "search", documents + " documents");
        return documents;
    }

    /** A configuration key of the installation, with the value in force (never a secret's). */
    public record ConfiguredSetting(String owner, al.rrjeti.kernel.spi.Setting setting, String value) {
    }

    /** Every key the kernel and the installed modules read, with the value in force now. */
    public List<ConfiguredSetting> settings() {
        caller.require(Role.OPERATOR);
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.util.List<ConfiguredSetting> all = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, al.rrjeti.kernel.spi.Setting> add = (owner, s) -> all.add(
                new ConfiguredSetting(owner, s, s.secret() ? null
                        : config.getOptionalValue(s.key(), String.class).orElse(s.defaultValue())));
        al.rrjeti.kernel.KernelSettings.ALL.forEach(s -> add.accept("kernel", s));
        registry.all().forEach(m -> m.descriptor().settings().forEach(s -> add.accept(m.id(), s)));
        return all;
    }

    public List<AuditEntry> history(int max) {
        caller.require(Role.OPERATOR);
        return audit.latest("module.", max);
    }

    private boolean set(String id, boolean on) {
        caller.require(Role.OPERATOR);
        boolean changed = registry.setEnabled(id, on, caller.getName());
        registry.refresh();
        return changed;
    }
}
