package al.rrjeti.chat;

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
 * In tests where several people act at the same moment: the caller is whoever this thread acts as
 * ({@link #actAs}), else whoever {@link ActingUser} says. The kernel's {@code ActingUser} keeps one
 * person for the whole server, so eight members writing at once would otherwise all be one.
 */
@Alternative
@Priority(1001)
@RequestScoped
public class ActingPerThread extends ActingUser {

    private static final ThreadLocal<String> EMAIL = new ThreadLocal<>();

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    /** This thread acts as the account with the e-mail; null goes back to {@link ActingUser}'s choice. */
    public static void actAs(String accountEmail) {
        if (accountEmail == null) {
            EMAIL.remove();
        } else {
            EMAIL.set(accountEmail);
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
