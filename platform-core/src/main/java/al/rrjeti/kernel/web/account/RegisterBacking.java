package al.rrjeti.kernel.web.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.account.NewAccount;
import al.rrjeti.kernel.account.Registration;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.security.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code account/register.xhtml}. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    private Registration registration;

    @Inject
    private Messages messages;

    @Inject
    private CurrentLanguage language;

    @Inject
    private TrialMailBacking trialMail;

    private String displayName;
    private String email;
    private String password;
    private String preferredLanguage;
    private boolean consent;

    public String register() {
        try {
            Language chosen = Language.fromCode(preferredLanguage).orElse(language.get());
            // An address that already has an account is answered the same way (its owner is mailed), so
            // the trial panel shows a confirmation only for an account this browser really made.
            registration.register(new NewAccount(displayName, email, password, chosen.locale(), consent),
                    Messages.client()).ifPresent(trialMail::keepConfirmationOf);
            return "/account/registered.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            messages.refused("register", e);
            return null;
        }
    }

    public String getPreferredLanguage() {
        return preferredLanguage != null ? preferredLanguage : language.getCode();
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
