package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
import al.rrjeti.kernel.mail.Mailer;
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

    /**
     * A school, an office or a mobile carrier puts many people behind one address: the per-address
     * budgets are sized for a classroom; the per-address-of-mail ones do the fine work.
     */
    static final RateLimit RESENDS_PER_CLIENT = RateLimit.of("resend-verification-per-client", 60, Duration.ofHours(1));
    static final RateLimit MAILS_PER_EMAIL = RateLimit.of("registration-mails-per-email", 3, Duration.ofHours(1));

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
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private PlatformClock clock;

    /**
     * Registers a citizen, or, for an address that already has an account, answers exactly the same
     * while the owner is mailed instead (a pending account gets its confirmation link again), so the
     * form cannot be used to find out who is registered.
     *
     * @param client the caller's address, for rate limiting
     * @return the new account, or empty when the address was taken
     * @throws InvalidInputException with every rule the form breaks
     * @throws al.rrjeti.kernel.api.limits.RateLimitedException past the per-address or per-e-mail budget
     */
    @Transactional
    public Optional<Account> register(NewAccount form, String client) {
        List<Violation> violations = new ArrayList<>();
        AccountRules.checkDisplayName(form.displayName(), violations);
        AccountRules.checkEmail(form.email(), violations);
        AccountRules.checkPassword("password", form.password(), form.email(), violations);
        if (!form.consent()) {
            violations.add(new Violation("consent", "registration.consent.required"));
        }
        InvalidInputException.throwIfAny(violations);
        limits.take(client, "error.rate-limited", registrationsPerClient());
        limits.take(Account.normalise(form.email()), "error.rate-limited", MAILS_PER_EMAIL);
        // hashed whatever follows, so that a taken address does not answer faster than a free one
        String hash = passwords.hash(form.password());
        Optional<Account> existing = accounts.byEmail(form.email());
        if (existing.isPresent()) {
            tellOwner(existing.get());
            return Optional.empty();
        }

        Account account = new Account(form.email(), form.displayName().strip(), hash, form.language(), clock.now());
        account.grant(Role.CITIZEN);
        account.consented(clock.now());
        accounts.add(account);
        sendVerification(account);
        return Optional.of(account);
    }

    /** Someone registered with an address that has an account: its owner hears of it, nobody else. */
    private void tellOwner(Account owner) {
        if (owner.getStatus() == AccountStatus.PENDING) {
            sendVerification(owner);
        } else if (owner.isActive()) {
            mailer.sendKernelMail(owner.getEmail(), owner.getLanguage(), "mail.registered-again",
                    owner.getDisplayName(), links.absolute("/login.xhtml"), links.absolute("/account/forgot.xhtml"));
        }
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
        limits.take(client, "error.rate-limited", RESENDS_PER_CLIENT);
        limits.take(Account.normalise(email == null ? "" : email), "error.rate-limited", MAILS_PER_EMAIL);
        Optional<Account> account = accounts.byEmail(email).filter(a -> a.getStatus() == AccountStatus.PENDING);
        account.ifPresent(this::sendVerification);
    }

    /**
     * {@code rrjeti.limits.registrations-per-hour} per client address, read on every call so an operator
     * may change it live; a classroom registering together fits the default.
     */
    private static RateLimit registrationsPerClient() {
        return RateLimit.of("registrations-per-client", ConfigProvider.getConfig()
                .getOptionalValue("rrjeti.limits.registrations-per-hour", Integer.class).orElse(60), Duration.ofHours(1));
    }

    private void sendVerification(Account account) {
        accounts.flush();
        linkMail.send(account, account.getEmail(), TokenPurpose.VERIFY_EMAIL, null, "mail.verify",
                "/account/verify.xhtml");
    }
}
