package al.rrjeti.kernel.testing;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the application's HTTP sessions, for tests that hold "no session for readers" to account. */
@WebListener
public class SessionCount implements HttpSessionListener {

    private static final AtomicInteger ACTIVE = new AtomicInteger();
    private static final AtomicInteger CREATED = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        CREATED.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
    }

    /** Sessions alive now. */
    public static int active() {
        return ACTIVE.get();
    }

    /** Sessions made since the application started (ended ones included). */
    public static int created() {
        return CREATED.get();
    }
}
