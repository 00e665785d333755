package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@code /openapi} in step with the operator's switches: a switched-off module's paths, and
 * the tags and schemas only they used, are not in the document; switched on, they are back.
 *
 * <p>The document is Payara's: it builds it on the first request after a deployment, runs the
 * {@code mp.openapi.filter} ({@link OpenApiDocument}) then, and keeps it. MicroProfile OpenAPI
 * offers no way to build it again. So this class keeps the paths of the inactive modules' REST
 * resources where the filter reads them, and on every change of the active modules asks Payara to
 * forget the document it built (its {@code OpenApiService}'s copy and each application's model), so
 * that the next request builds it again through the filter. Payara's service is reached by
 * reflection, through the class loader of the model the filter was handed: until a document has
 * been built there is nothing to forget (the first build already reads the switches). Should a
 * Payara release rename those fields, the log says so once and the document stays as built: every
 * resource listed, an inactive module's answering 404 ({@code ModuleContractIT} would fail first).
 *
 * <p>On several instances each instance's document follows its own registry, like the rest of it.
 */
@ApplicationScoped
public class OpenApiModules {

    private static final Logger LOG = Logger.getLogger(OpenApiModules.class.getName());
    private static final String SERVICE = "fish.payara.microprofile.openapi.impl.OpenApiService";

    /** Path prefixes ({@code /api/demo/notes}) of the inactive modules' resources, as the filter reads them. */
    private static final AtomicReference<Set<String>> HIDDEN = new AtomicReference<>(Set.of());
    /** The class loader of Payara's model, known once the filter has run (a document exists). */
    private static final AtomicReference<ClassLoader> PAYARA = new AtomicReference<>();
    private static volatile boolean warned;

    @Inject
    private ModuleRegistry registry;

    /** What {@link OpenApiDocument} leaves out now. */
    static Set<String> hiddenPrefixes() {
        return HIDDEN.get();
    }

    /** Called by the filter: Payara's model classes live in this loader. */
    static void built(ClassLoader payaraModel) {
        PAYARA.set(payaraModel);
    }

    /** The registry fires this after every resolution (start, switch): the document follows when the set changed. */
    void modulesMayHaveChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        if (!PublicContentChanged.KERNEL.equals(change.moduleId())) {
            return;
        }
        Set<String> hidden = new TreeSet<>();
        for (InstalledModule m : registry.all()) {
            if (!m.isActive()) {
                m.descriptor().restResources().forEach(r -> hidden.add(prefix(r)));
            }
        }
        Set<String> now = Set.copyOf(hidden);
        if (!HIDDEN.getAndSet(now).equals(now)) {
            forgetBuiltDocument();
        }
    }

    /** {@code @Path("chat/rooms")} under the application's {@code api}: {@code /api/chat/rooms}. */
    static String prefix(Class<?> resource) {
        Path path = resource.getAnnotation(Path.class);
        String p = path == null ? "" : path.value().replaceAll("^/+|/+$", "");
        return "/api/" + p;
    }

    /** Whether a document path belongs to one of the prefixes ({@code /api/chat/rooms/{id}} to {@code /api/chat/rooms}). */
    static boolean hidden(String documentPath, Set<String> prefixes) {
        for (String p : prefixes) {
            if (documentPath.equals(p) || documentPath.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static void forgetBuiltDocument() {
        ClassLoader loader = PAYARA.get();
        if (loader == null) {
            return; // Not built yet: the first build reads the switches.
        }
        try {
            Class<?> serviceClass = loader.loadClass(SERVICE);
            Object service = serviceClass.getMethod("getInstance").invoke(null);
            // The order Payara locks in: the service (getDocument), then each application's supplier (get).
            synchronized (service) {
                Map<?, ?> documents = (Map<?, ?>) field(serviceClass, "documents").get(service);
                for (Object supplier : documents.values()) {
                    synchronized (supplier) {
                        field(supplier.getClass(), "document").set(supplier, null);
                    }
                }
                field(serviceClass, "cachedResult").set(service, null);
            }
            LOG.fine("/openapi will be built again for the modules now active");
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "/openapi cannot follow module switches on this server (Payara's OpenAPI"
                        + " service is not as expected); it lists every installed module's resources", e);
            }
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
