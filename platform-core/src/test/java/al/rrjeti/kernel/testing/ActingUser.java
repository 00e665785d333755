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

    /** Acts as the account with this e-mail from now on; null goes back to whoever really logged in. */
    public static void actAs(String accountEmail) {
        email = accountEmail;
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
        return own != null ? own : email;
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
