package al.rrjeti.kernel.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the identity store refused a login in this request, when the password was right but the
 * account may not log in. (A wrong password is never explained further.)
 */
@RequestScoped
public class LoginOutcome {

    private AccountStatus refusedStatus;

    void refused(AccountStatus status) {
        this.refusedStatus = status;
    }

    /** The message key for the refusal, e.g. {@code login.pending}; {@code login.failed} otherwise. */
    public String messageKey() {
        if (refusedStatus == AccountStatus.PENDING) {
            return "login.pending";
        }
        if (refusedStatus == AccountStatus.BLOCKED) {
            return "login.blocked";
        }
        return "login.failed";
    }
}
