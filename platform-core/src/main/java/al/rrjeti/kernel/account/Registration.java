package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.infrastructure.RateLimiter;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.AccountStatus;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.Passwords;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Citizens sign themselves up: the account exists at once but may log in only after its owner
 * follows the link mailed to the address given.
 */
@ApplicationScoped
public class Registration {

    private static final int RESENDS_PER_CLIENT_PER_HOUR = 5;

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
    private PlatformClock clock;

    /**
     * @param client the caller's address, for rate limiting
     * @throws InvalidInputException with every rule the form breaks
     * @throws BusinessException {@code registration.email-taken}, {@code error.rate-limited}
     */
    @Transactional
    public Account register(NewAccount form, String client) {
        List<Violation> violations = new ArrayList<>();
        AccountRules.checkDisplayName(form.displayName(), violations);
        AccountRules.checkEmail(form.email(), violations);
        AccountRules.checkPassword("password", form.password(), form.email(), violations);
        if (!form.consent()) {
            violations.add(new Violation("consent", "registration.consent.required"));
        }
        InvalidInputException.throwIfAny(violations);
        limiter.acquire("register", client, registrationsPerClientPerHour(), Duration.ofHours(1));
        if (accounts.byEmail(form.email()).isPresent()) {
            throw new InvalidInputException("email", "registration.email-taken");
        }

        Account account = new Account(form.email(), form.displayName().strip(), passwords.hash(form.password()),
                form.language(), clock.now());
        account.grant(Role.CITIZEN);
        account.consented(clock.now());
        accounts.add(account);
        sendVerification(account);
        return account;
    }

    /**
     * Follows a confirmation link: the account becomes active.
     *
     * @throws BusinessException {@code token.invalid}, {@code token.used}, {@code token.expired}
     */
    @Transactional
    public Account verify(String token) {
        OneTimeToken t = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        Account account = accounts.byId(t.getAccountId()).orElseThrow(() -> new BusinessException("token.invalid"));
        account.activate();
        return account;
    }

    /**
     * Sends a new confirmation link to a pending account. Says nothing about whether the address
     * is registered, so the form cannot be used to find out who is.
     */
    @Transactional
    public void resend(String email, String client) {
        limiter.acquire("resend-verification", client, RESENDS_PER_CLIENT_PER_HOUR, Duration.ofHours(1));
        Optional<Account> account = accounts.byEmail(email).filter(a -> a.getStatus() == AccountStatus.PENDING);
        account.ifPresent(this::sendVerification);
    }

    /** {@code rrjeti.limits.registrations-per-hour}, read on every call so an operator may change it live. */
    private static int registrationsPerClientPerHour() {
        return ConfigProvider.getConfig().getOptionalValue("rrjeti.limits.registrations-per-hour", Integer.class)
                .orElse(5);
    }

    private void sendVerification(Account account) {
        accounts.flush();
        linkMail.send(account, account.getEmail(), TokenPurpose.VERIFY_EMAIL, null, "mail.verify",
                "/account/verify.xhtml");
    }
}
