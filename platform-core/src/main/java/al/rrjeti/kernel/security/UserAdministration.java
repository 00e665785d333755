package al.rrjeti.kernel.security;

import al.rrjeti.kernel.account.TokenPurpose;
import al.rrjeti.kernel.account.Tokens;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * The moderators' work on accounts: find them, block and unblock with a reason, give and take
 * staff roles. Only an operator makes or unmakes operators; nobody blocks themselves or an
 * operator. Every change is audited.
 */
@ApplicationScoped
public class UserAdministration {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    /** Roles a person holds by being given them, not through an organisation. */
    public static final Set<Role> GRANTABLE = Set.of(Role.MODERATOR, Role.EDITOR, Role.OPERATOR);

    @Inject
    private CurrentUser caller;

    @Inject
    private Accounts accounts;

    @Inject
    private Tokens tokens;

    @Inject
    private AuditLog audit;

    public List<Account> search(String text) {
        caller.requireModerator();
        return accounts.search(text, 50);
    }

    public Account get(Long id) {
        caller.requireModerator();
        return accounts.byId(id).orElseThrow(() -> new BusinessException("account.unknown"));
    }

    @Transactional
    public void block(Long id, String reason) {
        publicChange.fire(PublicContentChanged.kernel());
        caller.requireModerator();
        Account target = target(id);
        if (target.hasRole(Role.OPERATOR) || target.getId().equals(caller.requireAccount().getId())) {
            throw new BusinessException("moderation.user.cannot-block");
        }
        if (reason == null || reason.strip().length() < 5 || reason.length() > 500) {
            throw new InvalidInputException("reason", "moderation.user.reason");
        }
        target.block(reason.strip());
        tokens.revokeAll(target.getId(), TokenPurpose.REMEMBER_ME);
        audit.record(caller.getName(), "account.blocked", "account#" + target.getId(), reason.strip());
    }

    @Transactional
    public void unblock(Long id) {
        publicChange.fire(PublicContentChanged.kernel());
        caller.requireModerator();
        Account target = target(id);
        target.unblock();
        audit.record(caller.getName(), "account.unblocked", "account#" + target.getId(), null);
    }

    @Transactional
    public void setRole(Long id, Role role, boolean granted) {
        caller.requireModerator();
        if (!GRANTABLE.contains(role) || (role == Role.OPERATOR && !caller.isOperator())) {
            throw new BusinessException("error.access.denied");
        }
        Account target = target(id);
        if (target.hasRole(role) == granted) {
            return;
        }
        if (granted) {
            target.grant(role);
        } else {
            if (role == Role.OPERATOR && accounts.activeWithRole(Role.OPERATOR).size() <= 1) {
                throw new BusinessException("moderation.user.last-operator");
            }
            target.revoke(role);
        }
        audit.record(caller.getName(), granted ? "account.role-granted" : "account.role-revoked",
                "account#" + target.getId(), role.key());
    }

    private Account target(Long id) {
        return accounts.byId(id).orElseThrow(() -> new BusinessException("account.unknown"));
    }
}
