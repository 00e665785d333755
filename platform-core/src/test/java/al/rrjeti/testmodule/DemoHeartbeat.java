package al.rrjeti.testmodule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo module's scheduled job: counts its runs and the notes it saw, so tests can tell whether it ran. */
@ApplicationScoped
public class DemoHeartbeat {

    @Inject
    private DemoNotes notes;

    private final AtomicInteger runs = new AtomicInteger();
    private volatile int notesSeen = -1;

    public void beat() {
        notesSeen = notes.count();
        runs.incrementAndGet();
    }

    public int runs() {
        return runs.get();
    }

    public int notesSeen() {
        return notesSeen;
    }
}
