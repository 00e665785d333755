package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.api.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * In in-container tests, the caller the services see: whoever the test says, read from the
 * database on every call (so a role granted or revoked mid-test applies at once); when the test
 * says nobody, the real caller (anonymous for an in-container test).
 *
 * <p>A test's identity never reaches the requests of people using the pages or the REST API (a
 * browser journey running beside an in-container test, {@link Requests}): they are always served as
 * whoever really logged in. The test-support resources, which serve such requests, act for their own
 * thread only.
 */
@Alternative
@Priority(1000)
@Named("currentUser")
@RequestScoped
public class ActingUser extends CurrentUser {

    private static volatile String email;
    /** A thread's own identity, before the shared one: concurrent writers each acting as someone else. */
    private static final ThreadLocal<String> THREAD_EMAIL = new ThreadLocal<>();

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    /** Whether this thread serves someone's request (a page, the REST API), not the test runner's. */
    private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

    /**
     * Acts as the account with this e-mail from now on; null goes back to whoever really logged in.
     * On a thread serving a request (a test-support resource), for that thread and request only.
     */
    public static void actAs(String accountEmail) {
        if (Boolean.TRUE.equals(SERVING.get())) {
            actAsOnThisThread(accountEmail);
        } else {
            email = accountEmail;
        }
    }

    /**
     * This thread acts as the account with this e-mail, whatever {@link #actAs} says for the
     * others; null gives the thread back to the shared identity. For {@link Concurrently}'s writers.
     */
    public static void actAsOnThisThread(String accountEmail) {
        if (accountEmail == null) {
            THREAD_EMAIL.remove();
        } else {
            THREAD_EMAIL.set(accountEmail);
        }
    }

    private static String acting() {
        String own = THREAD_EMAIL.get();
        if (own != null) {
            return own;
        }
        return Boolean.TRUE.equals(SERVING.get()) ? null : email;
    }

    /**
     * Marks the threads serving requests other than the test runner's (Arquillian's servlet), before
     * any filter runs, and forgets a test-support resource's identity when its request ends.
     */
    @jakarta.servlet.annotation.WebListener
    public static class Requests implements jakarta.servlet.ServletRequestListener {

        @Override
        public void requestInitialized(jakarta.servlet.ServletRequestEvent event) {
            if (event.getServletRequest() instanceof jakarta.servlet.http.HttpServletRequest http
                    && !http.getRequestURI().contains("/ArquillianServletRunner")) {
                SERVING.set(Boolean.TRUE);
            }
        }

        @Override
        public void requestDestroyed(jakarta.servlet.ServletRequestEvent event) {
            SERVING.remove();
            THREAD_EMAIL.remove();
        }
    }

    @Override
    public Optional<Account> account() {
        String acting = acting();
        return acting == null ? super.account() : accounts.byEmail(acting).filter(Account::isActive);
    }

    @Override
    public Set<Role> roles() {
        if (acting() == null) {
            return super.roles();
        }
        Set<Role> all = EnumSet.noneOf(Role.class);
        account().ifPresent(a -> {
            all.addAll(a.getRoles());
            all.addAll(organisations.rolesThroughMemberships(a.getId()));
        });
        return all;
    }
}
