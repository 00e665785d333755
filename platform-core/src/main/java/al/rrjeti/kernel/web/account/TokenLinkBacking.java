package al.rrjeti.kernel.web.account;

import al.rrjeti.kernel.account.AccountSettings;
import al.rrjeti.kernel.account.Registration;
import al.rrjeti.kernel.organisation.OrganisationMembers;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages a mailed link opens and that act at once: {@code account/verify.xhtml} (confirm a
 * new account) and {@code account/confirm-email.xhtml} (confirm a new address).
 */
@Named
@RequestScoped
public class TokenLinkBacking {

    @Inject
    private Registration registration;

    @Inject
    private AccountSettings settings;

    @Inject
    private Messages messages;

    @Inject
    private OrganisationMembers members;

    private String token;
    private boolean done;
    private Long joined;

    public void verifyAccount() {
        follow(() -> registration.verify(token), "verify.ok");
    }

    public void confirmEmail() {
        follow(() -> settings.confirmEmailChange(token), "confirm-email.ok");
    }

    /** {@code organisations/join.xhtml}: accepts an invitation to an organisation. */
    public void acceptInvitation() {
        follow(() -> {
            joined = members.accept(token).getId();
        }, "organisation.joined");
    }

    public Long getJoined() {
        return joined;
    }

    private void follow(Runnable action, String okKey) {
        done = messages.attempt("link", action, okKey);
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
