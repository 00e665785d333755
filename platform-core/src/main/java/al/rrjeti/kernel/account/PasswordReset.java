package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.infrastructure.RateLimiter;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** "Forgot your password?": a link by mail, valid for two hours and once. */
@ApplicationScoped
public class PasswordReset {

    private static final int REQUESTS_PER_CLIENT_PER_HOUR = 5;

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Tokens tokens;

    @Inject
    private LinkMail linkMail;

    @Inject
    private RateLimiter limiter;

    @Inject
    private AuditLog audit;

    /** Mails a reset link if an active account has that address; answers the same either way. */
    @Transactional
    public void request(String email, String client) {
        limiter.acquire("password-reset", client, REQUESTS_PER_CLIENT_PER_HOUR, Duration.ofHours(1));
        accounts.byEmail(email).filter(Account::isActive).ifPresent(a -> linkMail.send(a, a.getEmail(),
                TokenPurpose.RESET_PASSWORD, null, "mail.reset", "/account/reset.xhtml"));
    }

    /**
     * Sets the new password and spends the link. A refused password rolls everything back, so
     * the same link can be used again with a better password.
     *
     * @throws InvalidInputException when the new password breaks a rule
     * @throws BusinessException {@code token.*} for a wrong, used or expired link
     */
    @Transactional
    public Account reset(String token, String newPassword) {
        OneTimeToken t = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        Account account = accounts.byId(t.getAccountId()).filter(Account::isActive)
                .orElseThrow(() -> new BusinessException("token.invalid"));
        List<Violation> violations = new ArrayList<>();
        AccountRules.checkPassword("password", newPassword, account.getEmail(), violations);
        InvalidInputException.throwIfAny(violations);
        account.changePassword(passwords.hash(newPassword));
        tokens.revokeAll(account.getId(), TokenPurpose.REMEMBER_ME);
        audit.record(account.getEmail(), "account.password-reset", account.getEmail(), null);
        return account;
    }
}
