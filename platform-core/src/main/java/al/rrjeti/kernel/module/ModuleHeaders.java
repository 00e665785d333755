package al.rrjeti.kernel.module;

import al.rrjeti.kernel.spi.HeaderNeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the active modules ask of the browser beyond the kernel's strict defaults, for one path:
 * a meetings page's camera and microphone, an embedded video-meeting service's address. A
 * switched-off module's needs lapse with it.
 */
@ApplicationScoped
public class ModuleHeaders {

    @Inject
    private ModuleRegistry registry;

    /** The needs that apply to a (normalised) path inside the application. */
    public Needs forPath(String path) {
        return Needs.of(path, registry.active().stream().flatMap(m -> m.descriptor().headerNeeds().stream()).toList());
    }

    /**
     * @param permissionsPolicy the module's Permissions-Policy for the path, replacing the kernel's
     * @param sources           CSP directive → sources to add to the kernel's
     */
    public record Needs(Optional<String> permissionsPolicy, Map<String, List<String>> sources) {

        /** The needs of {@code declared} whose prefix the path starts with (the longest prefix's policy wins). */
        static Needs of(String path, List<HeaderNeed> declared) {
            HeaderNeed policy = null;
            Map<String, List<String>> sources = new LinkedHashMap<>();
            for (HeaderNeed n : declared) {
                if (!path.startsWith(n.pathPrefix())) {
                    continue;
                }
                if (HeaderNeed.PERMISSIONS_POLICY.equals(n.directive())) {
                    if (policy == null || n.pathPrefix().length() > policy.pathPrefix().length()) {
                        policy = n;
                    }
                } else {
                    sources.computeIfAbsent(n.directive(), d -> new ArrayList<>()).add(n.value());
                }
            }
            return new Needs(Optional.ofNullable(policy).map(HeaderNeed::value), sources);
        }

        /**
         * A whole Content-Security-Policy with the module's sources added to their directives (a
         * directive the policy lacks is added after {@code 'self'}).
         */
        public String widen(String policy) {
            if (sources.isEmpty() || policy == null) {
                return policy;
            }
            StringBuilder out = new StringBuilder();
            java.util.Set<String> done = new java.util.HashSet<>();
            for (String part : policy.split(";")) {
                String d = part.strip();
                if (d.isEmpty()) {
                    continue;
                }
                String name = d.split("\\s+", 2)[0];
                List<String> extra = sources.get(name);
                out.append(out.length() == 0 ? "" : "; ").append(d);
                if (extra != null) {
                    out.append(' ').append(String.join(" ", extra));
                    done.add(name);
                }
            }
            sources.forEach((name, extra) -> {
                if (!done.contains(name)) {
                    out.append("; ").append(name).append(" 'self' ").append(String.join(" ", extra));
                }
            });
            return out.toString();
        }

        /** A CSP directive with the module's sources added, e.g. {@code frame-src 'self' https://meet.example.org}. */
        public String directive(String name, String kernelSources) {
            List<String> extra = sources.getOrDefault(name, List.of());
            return extra.isEmpty() ? name + " " + kernelSources : name + " " + kernelSources + " " + String.join(" ", extra);
        }
    }
}
