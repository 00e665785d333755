package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the logged-in person changes about their own account. */
@ApplicationScoped
public class AccountSettings {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private CurrentUser caller;

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Tokens tokens;

    @Inject
    private al.rrjeti.kernel.privacy.PersonalDataArchive personalData;

    @Inject
    private LinkMail linkMail;

    @Inject
    private AuditLog audit;

    @Inject
    private PlatformClock clock;

    @Transactional
    public Account updateProfile(String displayName, Locale language) {
        publicChange.fire(PublicContentChanged.kernel());
        Account me = me();
        List<Violation> violations = new ArrayList<>();
        AccountRules.checkDisplayName(displayName, violations);
        InvalidInputException.throwIfAny(violations);
        me.changeProfile(displayName.strip(), language);
        return me;
    }

    /** @throws InvalidInputException wrong current password, or a new one that breaks a rule */
    @Transactional
    public void changePassword(String current, String newPassword) {
        Account me = me();
        requirePassword(me, current, "currentPassword");
        List<Violation> violations = new ArrayList<>();
        AccountRules.checkPassword("newPassword", newPassword, me.getEmail(), violations);
        InvalidInputException.throwIfAny(violations);
        me.changePassword(passwords.hash(newPassword));
        tokens.revokeAll(me.getId(), TokenPurpose.REMEMBER_ME);
        audit.record(me.getEmail(), "account.password-changed", me.getEmail(), null);
    }

    /**
     * Starts a change of e-mail address: the new address gets a link; until it is followed the
     * old address stays the login.
     */
    @Transactional
    public void requestEmailChange(String newEmail, String currentPassword) {
        Account me = me();
        requirePassword(me, currentPassword, "currentPassword");
        List<Violation> violations = new ArrayList<>();
        AccountRules.checkEmail(newEmail, violations);
        InvalidInputException.throwIfAny(violations);
        if (accounts.byEmail(newEmail).isPresent()) {
            throw new InvalidInputException("newEmail", "registration.email-taken");
        }
        String to = Account.normalise(newEmail);
        linkMail.send(me, to, TokenPurpose.CHANGE_EMAIL, to, "mail.change-email", "/account/confirm-email.xhtml");
    }

    /** Follows the link sent to the new address. */
    @Transactional
    public Account confirmEmailChange(String token) {
        OneTimeToken t = tokens.redeem(token, TokenPurpose.CHANGE_EMAIL);
        Account account = accounts.byId(t.getAccountId()).filter(Account::isActive)
                .orElseThrow(() -> new BusinessException("token.invalid"));
        if (accounts.byEmail(t.getPayload()).isPresent()) {
            throw new BusinessException("registration.email-taken");
        }
        String old = account.getEmail();
        account.changeEmail(t.getPayload());
        audit.record(account.getEmail(), "account.email-changed", account.getEmail(), "was " + old);
        return account;
    }

    /**
     * Deletes the caller's account: personal data goes, what they wrote stays under
     * "deleted account". The caller must log out afterwards.
     */
    @Transactional
    public void deleteAccount(String currentPassword) {
        publicChange.fire(PublicContentChanged.kernel());
        Account me = me();
        requirePassword(me, currentPassword, "deletePassword");
        for (TokenPurpose p : TokenPurpose.values()) {
            tokens.revokeAll(me.getId(), p);
        }
        audit.record("account#" + me.getId(), "account.deleted", "account#" + me.getId(), null);
        personalData.erase(me.getId());
        me.delete(clock.now(), passwords.hash(UUID.randomUUID().toString()));
    }

    private Account me() {
        Account a = caller.account().orElseThrow(AccessDeniedException::new);
        return accounts.byId(a.getId()).orElseThrow(AccessDeniedException::new);
    }

    private void requirePassword(Account me, String password, String field) {
        if (!passwords.matches(password, me.getPasswordHash())) {
            throw new InvalidInputException(field, "account.password.wrong");
        }
    }
}
