package al.rrjeti.kernel.web.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.account.PasswordReset;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code account/reset.xhtml}: the page a reset link opens. */
@Named
@RequestScoped
public class ResetBacking {

    @Inject
    private PasswordReset reset;

    @Inject
    private Messages messages;

    private String token;
    private String password;

    public String save() {
        try {
            reset.reset(token, password);
            messages.info("reset.done");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/login.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            messages.refused("reset", e);
        } catch (BusinessException e) {
            messages.error(e);
        }
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
