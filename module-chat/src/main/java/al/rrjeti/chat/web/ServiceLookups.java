package al.rrjeti.chat.web;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's class loader with its service files ({@code META-INF/services/…}) looked up
 * once, set as the context class loader while the chat pushes to many sockets.
 *
 * <p>Why: each web socket frame makes Tyrus restart the session's idle timer on Payara's managed
 * scheduler, and Payara (6.2025.9, {@code ContextSetupProviderImpl.saveContext}) then looks its
 * {@code ThreadContextProvider}s up with {@code ServiceLoader} through the context class loader —
 * a search through every jar of the application, per frame. Profiled under the chat benchmark
 * (200 sockets, 20 messages a second), that search was most of the push thread's time and the
 * push fell seconds behind. Everything else is the application's loader's, unchanged: classes and
 * other resources are asked of it, and the service files it lists do not change while it lives.
 */
final class ServiceLookups extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";
    /** This class is the application's own: the field goes with the application when it is undeployed. */
    private static volatile ServiceLookups current;

    static {
        registerAsParallelCapable();
    }

    private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

    private ServiceLookups(ClassLoader application) {
        super(application);
    }

    /** The caching loader over this application loader. */
    static ClassLoader over(ClassLoader application) {
        if (application == null || application instanceof ServiceLookups) {
            return application;
        }
        ServiceLookups c = current;
        if (c == null || c.getParent() != application) {
            c = new ServiceLookups(application);
            current = c;
        }
        return c;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> found = services.get(name);
        if (found == null) {
            found = List.copyOf(Collections.list(getParent().getResources(name)));
            services.put(name, found);
        }
        return Collections.enumeration(found);
    }
}
