package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
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

    /** Sized for a classroom behind one address; the per-e-mail budget keeps one inbox from being flooded. */
    static final RateLimit REQUESTS_PER_CLIENT = RateLimit.of("password-reset-per-client", 60, Duration.ofHours(1));
    static final RateLimit REQUESTS_PER_EMAIL = RateLimit.of("password-reset-per-email", 3, Duration.ofHours(1));

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Tokens tokens;

    @Inject
    private LinkMail linkMail;

    @Inject
    private RateLimits limits;

    @Inject
    private AuditLog audit;

    /** Mails a reset link if an active account has that address; answers the same either way. */
    @Transactional
    public void request(String email, String client) {
        limits.take(client, "error.rate-limited", REQUESTS_PER_CLIENT);
        limits.take(Account.normalise(email == null ? "" : email), "error.rate-limited", REQUESTS_PER_EMAIL);
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
