package al.rrjeti.kernel.web.account;

import al.rrjeti.kernel.account.AccountSettings;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.OrganisationMembers;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/** {@code account/profile.xhtml}: details, password, e-mail, deletion; one form each. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    private AccountSettings settings;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    @Inject
    private OrganisationMembers members;

    @Inject
    private Organisations organisations;

    private String displayName;
    private String language;
    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String emailPassword;
    private String deletePassword;

    @PostConstruct
    void load() {
        user.account().ifPresent(a -> {
            displayName = a.getDisplayName();
            language = a.getLanguage().getLanguage();
        });
    }

    public void saveDetails() {
        messages.attempt("details", () -> settings.updateProfile(displayName,
                Language.fromCode(language).orElse(Language.DEFAULT).locale()), "profile.saved");
    }

    public void changePassword() {
        messages.attempt("password", () -> settings.changePassword(currentPassword, newPassword), "profile.password.changed");
    }

    public void changeEmail() {
        messages.attempt("email", () -> settings.requestEmailChange(newEmail, emailPassword), "profile.email.sent");
    }

    public void deleteAccount() throws ServletException, IOException {
        if (messages.attempt("delete", () -> settings.deleteAccount(deletePassword), "profile.deleted")) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ((HttpServletRequest) ext.getRequest()).logout();
            ext.invalidateSession();
            ext.getFlash().setKeepMessages(true);
            ext.redirect(ext.getRequestContextPath() + "/");
        }
    }


    /** The organisations the person belongs to, whatever their verification. */
    public List<Organisation> getOrganisations() {
        return members.mine().stream().map(m -> organisations.find(m.getOrganisationId()))
                .flatMap(java.util.Optional::stream).toList();
    }

    public String getEmail() {
        return user.account().map(Account::getEmail).orElse("");
    }

    public List<String> getRoleKeys() {
        return user.account().map(a -> a.getRoles().stream().map(Role::messageKey).sorted().toList()).orElse(List.of());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
