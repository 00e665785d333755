package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.spi.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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
    private jakarta.servlet.http.HttpServletRequest request;

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    private Optional<Account> account;

    private Set<Role> roles;

    public Optional<Account> account() {
        if (account == null) {
            Principal p = anonymousRequest() ? null : securityContext.getCallerPrincipal();
            account = p == null ? Optional.empty() : accounts.byEmail(p.getName()).filter(Account::isActive);
        }
        return account;
    }

    /**
     * Whether this is a web request nobody is logged in to, as the servlet container knows it. Asked
     * first because Soteria's {@code getCallerPrincipal()} tries to load a JBoss class on every call,
     * searching the application's jars for it (3.6 % of an anonymous page's rendering, profiled). Off
     * a web request (no servlet request to ask), Soteria answers as before.
     */
    private boolean anonymousRequest() {
        try {
            return request.getUserPrincipal() == null;
        } catch (RuntimeException noServletRequest) {
            return false;
        }
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

    /**
     * The caller's roles now: those stored on the account, and those its verified organisations
     * give (CSO member, institution member, business, media). Revoking a verification takes them
     * away at once.
     */
    public Set<Role> roles() {
        if (roles == null) {
            roles = account().map(a -> {
                Set<Role> all = EnumSet.noneOf(Role.class);
                all.addAll(a.getRoles());
                all.addAll(organisations.rolesThroughMemberships(a.getId()));
                return all;
            }).orElse(EnumSet.noneOf(Role.class));
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(Set<Role> any) {
        return any.stream().anyMatch(this::hasRole);
    }

    /** Moderators and operators may moderate. */
    public boolean isModerator() {
        return hasRole(Role.MODERATOR) || hasRole(Role.OPERATOR);
    }

    /** @throws AccessDeniedException unless the caller may moderate */
    public void requireModerator() {
        if (!isModerator()) {
            throw new AccessDeniedException();
        }
    }

    /** @throws AccessDeniedException unless someone is logged in */
    public Account requireAccount() {
        return account().orElseThrow(AccessDeniedException::new);
    }

    public boolean isOperator() {
        return hasRole(Role.OPERATOR);
    }

    /** Whether the caller belongs to an audience of a navigation entry or widget. */
    public boolean sees(Audience audience) {
        return switch (audience) {
            case EVERYONE -> true;
            case ACCOUNTS -> isLoggedIn();
            case MEMBERS -> hasAnyRole(Role.MEMBERS) || hasAnyRole(Role.STAFF);
            case STAFF -> hasAnyRole(Role.STAFF);
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
