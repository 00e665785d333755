package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.account.OneTimeToken;
import al.rrjeti.kernel.account.TokenPurpose;
import al.rrjeti.kernel.account.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Remember me" tokens, one-time as the README says. A login with "remember me" starts a series;
 * each time the cookie logs someone in, its token is spent and the next token of the series goes
 * out in a new cookie ({@link RememberMeRotation}). A spent token that comes back means two
 * browsers hold the series, one of them a thief's: the series ends and its owner is told by mail.
 * Valid thirty days; a changed password or a logout ends it.
 */
@ApplicationScoped
public class RememberMeStore implements RememberMeIdentityStore {

    /** A page's parallel requests may all carry the token just spent; that is no theft. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Tokens tokens;

    @Inject
    private RememberMeTheft theft;

    @Inject
    private Accounts accounts;

    @Inject
    private PlatformClock clock;

    @Inject
    private HttpServletRequest request;

    @Override
    @Transactional
    public CredentialValidationResult validate(RememberMeCredential credential) {
        try {
            OneTimeToken token = tokens.redeem(credential.getToken(), TokenPurpose.REMEMBER_ME);
            Optional<Account> account = accounts.byId(token.getAccountId()).filter(Account::isActive);
            if (account.isEmpty()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            String series = token.getPayload() == null ? newSeries() : token.getPayload();
            request.setAttribute(RememberMeRotation.NEXT_TOKEN,
                    tokens.issue(token.getAccountId(), TokenPurpose.REMEMBER_ME, series));
            Account a = account.get();
            return new CredentialValidationResult(a.getEmail(),
                    a.getRoles().stream().map(Role::key).collect(Collectors.toSet()));
        } catch (BusinessException spentExpiredOrUnknown) {
            if ("token.used".equals(spentExpiredOrUnknown.messageKey())) {
                // A spent token that comes back after the grace a page's parallel requests get: stolen.
                theft.endSeriesOf(credential.getToken(), clock.now().minus(GRACE));
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    @Override
    @Transactional
    public String generateLoginToken(CallerPrincipal caller, Set<String> groups) {
        Account account = accounts.byEmail(caller.getName()).orElseThrow();
        String token = tokens.issue(account.getId(), TokenPurpose.REMEMBER_ME, newSeries());
        request.setAttribute(RememberMeRotation.NEXT_TOKEN, token); // for its SameSite cookie, see LoginBacking
        return token;
    }

    @Override
    @Transactional
    public void removeLoginToken(String token) {
        try {
            tokens.redeem(token, TokenPurpose.REMEMBER_ME);
        } catch (BusinessException alreadyGone) {
            // Nothing to remove.
        }
    }

    private static String newSeries() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
