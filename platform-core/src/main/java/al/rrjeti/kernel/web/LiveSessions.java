package al.rrjeti.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The platform's HTTP sessions on {@code /metrics}: {@code rrjeti_sessions_active} (alive now: the
 * logged-in people and the forms in progress; anonymous reading holds none) and
 * {@code rrjeti_sessions_created_total}. A growing active count under crawler traffic means a
 * public page started keeping sessions again.
 */
@ApplicationScoped
public class LiveSessions {

    private static final AtomicLong ACTIVE = new AtomicLong();
    private static final AtomicLong CREATED = new AtomicLong();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry metrics;

    void publish(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("rrjeti_sessions_active", LiveSessions::active);
        metrics.gauge("rrjeti_sessions_created_total", LiveSessions::created);
    }

    /** Sessions alive now. */
    public static long active() {
        return ACTIVE.get();
    }

    /** Sessions made since the application started (ended ones included). */
    public static long created() {
        return CREATED.get();
    }

    /** Counts the sessions the servlet container makes and ends. */
    @WebListener
    public static class Counter implements HttpSessionListener {

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            ACTIVE.incrementAndGet();
            CREATED.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            ACTIVE.decrementAndGet();
        }
    }
}
