package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.api.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing with the platform's rate limits. The account's budget does the
 * fine work: five failures, then one more try every three minutes. The client address's budget is
 * sized for a classroom or an office behind one address, and stops a guesser walking through
 * many accounts. A success gives the account its budget back.
 */
@ApplicationScoped
public class LoginAttempts {

    static final RateLimit PER_ACCOUNT = RateLimit.of("login-failures-per-account", 5, Duration.ofMinutes(15));
    static final RateLimit PER_CLIENT = RateLimit.of("login-failures-per-client", 100, Duration.ofMinutes(15));

    @Inject
    private RateLimits limits;

    public LoginAttempts() {
    }

    /** Outside a container (unit tests). */
    LoginAttempts(RateLimits limits) {
        this.limits = limits;
    }

    /**
     * Refuses before the password is even checked while the account or the client must wait.
     *
     * @throws RateLimitedException {@code login.locked}, with the wait left
     */
    public void check(String email, String client) {
        Duration account = limits.waitFor(key(email), PER_ACCOUNT).orElse(Duration.ZERO);
        Duration address = limits.waitFor(client, PER_CLIENT).orElse(Duration.ZERO);
        Duration wait = account.compareTo(address) >= 0 ? account : address;
        if (!wait.isZero()) {
            throw new RateLimitedException("login.locked", wait);
        }
    }

    public void failed(String email, String client) {
        limits.spend(key(email), PER_ACCOUNT);
        limits.spend(client, PER_CLIENT);
    }

    public void succeeded(String email) {
        limits.forgive(key(email), PER_ACCOUNT);
    }

    /** How long the account or client must still wait, if at all. */
    public Optional<Duration> lockedFor(String email, String client) {
        try {
            check(email, client);
            return Optional.empty();
        } catch (RateLimitedException e) {
            return Optional.of(e.waitLeft());
        }
    }

    private static String key(String email) {
        return Account.normalise(email == null ? "" : email);
    }
}
