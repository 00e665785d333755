package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.web.LiveSessions;

/** The application's HTTP sessions, for tests that hold "no session for readers" to account. */
public final class SessionCount {

    private SessionCount() {
    }

    /** Sessions alive now. */
    public static int active() {
        return (int) LiveSessions.active();
    }

    /** Sessions made since the application started (ended ones included). */
    public static int created() {
        return (int) LiveSessions.created();
    }
}
