package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks e-mail and password against the stored accounts; the account's roles become its groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private LoginOutcome outcome;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Account> account = accounts.byEmail(credential.getCaller());
        if (account.isEmpty()) {
            // Same work as a real check, so that timing does not tell which e-mails exist.
            passwords.matchNothing(credential.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = account.get();
        if (!passwords.matches(credential.getPasswordAsString(), a.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!a.isActive()) {
            outcome.refused(a.getStatus());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwords.needsRehash(a.getPasswordHash())) {
            // the one moment the password is at hand: bring an old hash up to today's cost
            accounts.upgradeHash(a.getId(), a.getPasswordHash(), passwords.hash(credential.getPasswordAsString()));
        }
        return new CredentialValidationResult(a.getEmail(),
                a.getRoles().stream().map(Role::key).collect(Collectors.toSet()));
    }

}
