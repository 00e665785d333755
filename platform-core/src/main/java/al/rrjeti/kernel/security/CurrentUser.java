package al.rrjeti.kernel.security;

import al.rrjeti.kernel.spi.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is making the current request, with the account's roles as stored now (so a role taken
 * away applies at once). Services ask it before they act; pages use it to show or hide things.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal p = securityContext.getCallerPrincipal();
            account = p == null ? Optional.empty() : accounts.byEmail(p.getName()).filter(Account::isActive);
        }
        return account;
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    /** The name written in the audit log: the e-mail, or {@code anonymous}. */
    public String getName() {
        return account().map(Account::getEmail).orElse("anonymous");
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    public boolean hasRole(Role role) {
        return account().map(a -> a.hasRole(role)).orElse(false);
    }

    public boolean isOperator() {
        return hasRole(Role.OPERATOR);
    }

    /** Whether the caller belongs to an audience of a navigation entry or widget. */
    public boolean sees(Audience audience) {
        return switch (audience) {
            case EVERYONE -> true;
            case ACCOUNTS -> isLoggedIn();
            case MEMBERS -> Role.MEMBERS.stream().anyMatch(this::hasRole) || Role.STAFF.stream().anyMatch(this::hasRole);
            case OPERATORS -> isOperator();
        };
    }

    /** @throws AccessDeniedException unless the caller holds the role */
    public void require(Role role) {
        if (!hasRole(role)) {
            throw new AccessDeniedException();
        }
    }
}
