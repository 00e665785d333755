package al.rrjeti.kernel.api;

import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.spi.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request, as modules see them. Services ask it before they act
 * (authorisation is the service's, not the page's); the roles are those stored now, so a role
 * taken away applies at once.
 */
@RequestScoped
public class Caller {

    @Inject
    private CurrentUser current;

    /** The person logged in, if any (asked each time: a login or log-out within the request shows at once). */
    public Optional<Person> account() {
        return current.account().map(People::person);
    }

    /** @throws AccessDeniedException unless someone is logged in */
    public Person requireAccount() {
        return account().orElseThrow(AccessDeniedException::new);
    }

    public boolean isLoggedIn() {
        return current.isLoggedIn();
    }

    public Set<Role> roles() {
        return current.roles();
    }

    public boolean hasRole(Role role) {
        return current.hasRole(role);
    }

    public boolean hasAnyRole(Set<Role> any) {
        return current.hasAnyRole(any);
    }

    /** Moderators and operators may moderate. */
    public boolean isModerator() {
        return current.isModerator();
    }

    public boolean isOperator() {
        return current.isOperator();
    }

    /** Whether the caller belongs to an audience of a navigation entry or widget. */
    public boolean sees(Audience audience) {
        return current.sees(audience);
    }

    /** @throws AccessDeniedException unless the caller may moderate */
    public void requireModerator() {
        current.requireModerator();
    }

    /** @throws AccessDeniedException unless the caller holds the role */
    public void require(Role role) {
        current.require(role);
    }

    /** The name written in the audit log: the e-mail, or {@code anonymous}. */
    public String auditName() {
        return current.getName();
    }
}
