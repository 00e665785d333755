package al.rrjeti.kernel.web.account;

import al.rrjeti.kernel.account.PasswordReset;
import al.rrjeti.kernel.account.Registration;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The two forms that take only an e-mail address and answer the same whoever owns it:
 * {@code account/resend.xhtml} and {@code account/forgot.xhtml}.
 */
@Named
@RequestScoped
public class ByEmailBacking {

    @Inject
    private Registration registration;

    @Inject
    private PasswordReset reset;

    @Inject
    private Messages messages;

    private String email;
    private boolean sent;

    public void resendVerification() {
        send(() -> registration.resend(email, Messages.client()), "resend.done");
    }

    public void requestReset() {
        send(() -> reset.request(email, Messages.client()), "forgot.done");
    }

    private void send(Runnable action, String doneKey) {
        sent = messages.attempt("form", action, doneKey);
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
