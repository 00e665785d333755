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

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    /** Acts as the account with this e-mail from now on; null goes back to whoever really logged in. */
    public static void actAs(String accountEmail) {
        email = accountEmail;
    }

    @Override
    public Optional<Account> account() {
        return email == null ? super.account() : accounts.byEmail(email).filter(Account::isActive);
    }

    @Override
    public Set<Role> roles() {
        if (email == null) {
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
