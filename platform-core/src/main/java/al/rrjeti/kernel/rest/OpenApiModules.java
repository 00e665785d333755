package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleGate;
import al.rrjeti.kernel.module.ModuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@code /openapi} in step with the operator's switches: a switched-off module's paths, and
 * the tags and schemas only they used, are not in the document; switched on, they are back.
 *
 * <p>The document is Payara's: it builds it on the first request after a deployment, runs the
 * {@code mp.openapi.filter} ({@link OpenApiDocument}) then, and keeps it. MicroProfile OpenAPI
 * offers no way to build it again (and building it again scans every library: half a minute). So
 * the filter keeps this application's full part (every path, tag and schema, before leaving any
 * out), this class keeps the paths of the inactive modules' REST resources where the filter reads
 * them, and on every change of the active modules it has Payara make a fresh copy of the built
 * models (its {@code OpenApiService} keeps one copy for all requests) and sets that copy's paths,
 * tags and schemas from the full part, as the switches now say. Payara's service is reached by
 * reflection, through the class loader of the model the filter was handed: until a document has
 * been built there is nothing to change (the first build reads the switches). Should a Payara
 * release rename those members, the log says so once and the document stays as built
 * ({@code ModuleContractIT} would fail first).
 *
 * <p>On several instances each instance's document follows its own registry, like the rest of it.
 */
@ApplicationScoped
public class OpenApiModules {

    private static final Logger LOG = Logger.getLogger(OpenApiModules.class.getName());
    private static final String SERVICE = "fish.payara.microprofile.openapi.impl.OpenApiService";

    /** The ids of the installed modules that are not active, as the filter reads them. */
    private static final AtomicReference<Set<String>> INACTIVE = new AtomicReference<>(Set.of());
    /** The class loader of Payara's model, known once the filter has run (a document exists). */
    private static final AtomicReference<ClassLoader> PAYARA = new AtomicReference<>();
    private static volatile boolean warned;

    @Inject
    private ModuleRegistry registry;

    /** The modules whose paths {@link OpenApiDocument} leaves out now. */
    static Set<String> inactiveModules() {
        return INACTIVE.get();
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
        Set<String> now = registry.all().stream().filter(m -> !m.isActive()).map(InstalledModule::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (!INACTIVE.getAndSet(now).equals(now)) {
            serveAgain();
        }
    }

    /** Whether a document path ({@code /api/chat/rooms/{id}}) belongs to one of the modules. */
    static boolean hidden(String documentPath, Set<String> modules) {
        return modules.contains(ModuleGate.moduleOf(documentPath));
    }

    private static void serveAgain() {
        ClassLoader loader = PAYARA.get();
        OpenApiDocument.Part full = OpenApiDocument.fullPart();
        if (loader == null || full == null) {
            return; // Not built yet: the first build reads the switches.
        }
        try {
            Class<?> serviceClass = loader.loadClass(SERVICE);
            Object service = serviceClass.getMethod("getInstance").invoke(null);
            // Inside Payara's own lock (getDocument is synchronized on the service): no reader gets the
            // new copy before it is finished. The copy is made from each application's built model, which
            // is not rescanned; only the copy's paths, tags and schemas are set again from this
            // application's full part, as the switches are now.
            synchronized (service) {
                field(serviceClass, "cachedResult").set(service, null);
                org.eclipse.microprofile.openapi.models.OpenAPI served =
                        (org.eclipse.microprofile.openapi.models.OpenAPI) serviceClass.getMethod("getDocument").invoke(service);
                if (served != null) {
                    // Payara's model factory, as on its own threads.
                    Thread thread = Thread.currentThread();
                    ClassLoader application = thread.getContextClassLoader();
                    thread.setContextClassLoader(loader);
                    try {
                        OpenApiDocument.serve(served, full, INACTIVE.get());
                    } finally {
                        thread.setContextClassLoader(application);
                    }
                }
            }
            LOG.fine("/openapi follows the modules now active");
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "/openapi cannot follow module switches on this server (Payara's OpenAPI"
                        + " service is not as expected); it lists the modules active when it was built", e);
            }
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
