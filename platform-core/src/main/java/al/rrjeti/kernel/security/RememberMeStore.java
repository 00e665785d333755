package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.account.OneTimeToken;
import al.rrjeti.kernel.account.TokenPurpose;
import al.rrjeti.kernel.account.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Remember me" tokens: each cookie value is a one-time token of the account, stored hashed,
 * valid thirty days; a changed password or a logout ends it.
 */
@ApplicationScoped
public class RememberMeStore implements RememberMeIdentityStore {

    @Inject
    private Tokens tokens;

    @Inject
    private Accounts accounts;

    @Override
    @Transactional
    public CredentialValidationResult validate(RememberMeCredential credential) {
        try {
            OneTimeToken token = tokens.peek(credential.getToken(), TokenPurpose.REMEMBER_ME);
            return accounts.byId(token.getAccountId()).filter(Account::isActive)
                    .map(a -> new CredentialValidationResult(a.getEmail(),
                            a.getRoles().stream().map(Role::key).collect(Collectors.toSet())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (BusinessException expiredOrUnknown) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    @Override
    @Transactional
    public String generateLoginToken(CallerPrincipal caller, Set<String> groups) {
        Account account = accounts.byEmail(caller.getName()).orElseThrow();
        return tokens.issue(account.getId(), TokenPurpose.REMEMBER_ME, null);
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
}
