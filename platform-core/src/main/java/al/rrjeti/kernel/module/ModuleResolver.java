package al.rrjeti.kernel.module;

import al.rrjeti.kernel.module.Inactivity.Code;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.Requirement;
import al.rrjeti.kernel.spi.Version;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which modules may run, from their descriptors, the operator's switches and the
 * kernel's version. Pure: no container, no database, so its rules are unit-tested.
 *
 * <p>A module is active when it is enabled, its id is valid and unique, the kernel's version
 * is in its range, and every module it requires is present in an accepted version and itself
 * active. Modules on a requirement cycle are all inactive.
 */
public final class ModuleResolver {

    /** First path segments the kernel serves itself; no module may take them as its id. */
    public static final Set<String> RESERVED_IDS = Set.of(
            "api", "admin", "account", "error", "errors", "login", "logout", "resources", "health",
            "metrics", "openapi", "modules", "kernel", "search", "notifications", "organisations", "files", "mail",
            "moderation", "privacy", "templates", "rrjeti", "primefaces", "jakarta", "index", "omnifaces");

    private final Version kernelVersion;

    public ModuleResolver(Version kernelVersion) {
        this.kernelVersion = kernelVersion;
    }

    /**
     * @param modules  every discovered descriptor
     * @param disabled ids the operator switched off
     * @return the resolution of every module, keyed by id, in discovery order
     */
    public Map<String, Resolution> resolve(Collection<ModuleDescriptor> modules, Set<String> disabled) {
        Map<String, Resolution> result = new LinkedHashMap<>();
        Map<String, ModuleDescriptor> byId = new LinkedHashMap<>();
        for (ModuleDescriptor m : modules) {
            if (RESERVED_IDS.contains(m.id())) {
                result.put(m.id(), Resolution.inactive(Inactivity.of(Code.INVALID_ID, m.id())));
            } else if (byId.putIfAbsent(m.id(), m) != null) {
                result.put(m.id(), Resolution.inactive(Inactivity.of(Code.DUPLICATE_ID, m.id())));
                byId.remove(m.id());
            }
        }
        for (List<String> cycle : cycles(byId)) {
            String path = String.join(" → ", cycle) + " → " + cycle.get(0);
            for (String id : cycle) {
                result.putIfAbsent(id, Resolution.inactive(Inactivity.of(Code.CYCLE, path)));
            }
        }
        for (String id : byId.keySet()) {
            resolveOne(id, byId, disabled, result);
        }
        return result;
    }

    private Resolution resolveOne(String id, Map<String, ModuleDescriptor> byId, Set<String> disabled,
            Map<String, Resolution> done) {
        Resolution known = done.get(id);
        if (known != null) {
            return known;
        }
        ModuleDescriptor m = byId.get(id);
        Resolution r = decide(m, byId, disabled, done);
        done.put(id, r);
        return r;
    }

    private Resolution decide(ModuleDescriptor m, Map<String, ModuleDescriptor> byId, Set<String> disabled,
            Map<String, Resolution> done) {
        if (disabled.contains(m.id())) {
            return Resolution.DISABLED;
        }
        if (!m.kernelVersions().includes(kernelVersion)) {
            return Resolution.inactive(Inactivity.of(Code.KERNEL_VERSION, m.kernelVersions(), kernelVersion));
        }
        for (Requirement req : m.requirements()) {
            ModuleDescriptor dep = byId.get(req.moduleId());
            if (dep == null) {
                return Resolution.inactive(Inactivity.of(Code.MISSING, req.moduleId()));
            }
            if (!req.versions().includes(dep.version())) {
                return Resolution.inactive(
                        Inactivity.of(Code.VERSION_MISMATCH, req.moduleId(), req.versions(), dep.version()));
            }
            Resolution depState = resolveOne(dep.id(), byId, disabled, done);
            if (depState.state() == ModuleState.DISABLED) {
                return Resolution.inactive(Inactivity.of(Code.DEPENDENCY_DISABLED, dep.id()));
            }
            if (!depState.isActive()) {
                return Resolution.inactive(Inactivity.of(Code.DEPENDENCY_INACTIVE, dep.id()));
            }
        }
        return Resolution.ACTIVE;
    }

    /** Strongly connected groups of two or more modules, or one that requires itself (Tarjan). */
    private static List<List<String>> cycles(Map<String, ModuleDescriptor> byId) {
        var tarjan = new Object() {
            int counter;
            final Map<String, Integer> index = new HashMap<>();
            final Map<String, Integer> low = new HashMap<>();
            final Deque<String> stack = new ArrayDeque<>();
            final Set<String> onStack = new HashSet<>();
            final List<List<String>> found = new java.util.ArrayList<>();

            void visit(String v) {
                index.put(v, counter);
                low.put(v, counter++);
                stack.push(v);
                onStack.add(v);
                boolean selfLoop = false;
                for (Requirement r : byId.get(v).requirements()) {
                    String w = r.moduleId();
                    if (!byId.containsKey(w)) {
                        continue;
                    }
                    selfLoop |= w.equals(v);
                    if (!index.containsKey(w)) {
                        visit(w);
                        low.put(v, Math.min(low.get(v), low.get(w)));
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> group = new java.util.ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        group.add(0, w);
                    } while (!w.equals(v));
                    if (group.size() > 1 || selfLoop) {
                        found.add(group);
                    }
                }
            }
        };
        for (String id : byId.keySet()) {
            if (!tarjan.index.containsKey(id)) {
                tarjan.visit(id);
            }
        }
        return tarjan.found;
    }
}
