package al.rrjeti.campaigns;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.testing.ActingUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ActingUser} for one thread: {@link al.rrjeti.kernel.testing.Concurrently}'s writers each act
 * as a different person at the same moment, which the kernel helper's one static identity cannot
 * express. Without a thread's own identity it is {@link ActingUser}.
 */
@Alternative
@Priority(1001)
@RequestScoped
public class ThreadActingUser extends ActingUser {

    private static final ThreadLocal<String> EMAIL = new ThreadLocal<>();

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    /** This thread acts as the account with this e-mail; null goes back to {@link ActingUser}. */
    public static void actAs(String email) {
        if (email == null) {
            EMAIL.remove();
        } else {
            EMAIL.set(email);
        }
    }

    @Override
    public Optional<Account> account() {
        String email = EMAIL.get();
        return email == null ? super.account() : accounts.byEmail(email).filter(Account::isActive);
    }

    @Override
    public Set<Role> roles() {
        if (EMAIL.get() == null) {
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
