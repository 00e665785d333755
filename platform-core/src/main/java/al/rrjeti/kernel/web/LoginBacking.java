package al.rrjeti.kernel.web;

import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.security.LoginOutcome;
import al.rrjeti.kernel.security.RememberMeRotation;
import al.rrjeti.kernel.api.limits.ClientAddress;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.security.LoginAttempts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** {@code login.xhtml}: hands e-mail and password to Jakarta Security, then goes back where the visitor was. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

    @Inject
    private LoginAttempts throttle;

    @Inject
    private LoginOutcome outcome;

    @NotBlank
    private String email;

    @NotBlank
    private String password;

    private String continueTo;

    private boolean rememberMe;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String login = email == null ? "" : email.trim();
        String client = ClientAddress.of(request);
        try {
            throttle.check(login, client);
        } catch (RateLimitedException e) {
            messages.error(e);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).rememberMe(rememberMe)
                        .credential(new UsernamePasswordCredential(login, password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                throttle.succeeded(login);
                // A new session id after login closes the door on session fixation.
                request.changeSessionId();
                RememberMeRotation.handOver(request, (HttpServletResponse) ext.getResponse());
                ext.redirect(ext.getRequestContextPath() + safeTarget(continueTo));
            }
            default -> {
                throttle.failed(login, client);
                messages.error(null, outcome.messageKey());
            }
        }
    }

    /** Only paths inside the application; anything else goes home. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("\r") || target.contains("\n")) {
            return "/";
        }
        return target;
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

    public boolean isRememberMe() {
        return rememberMe;
    }

    public void setRememberMe(boolean rememberMe) {
        this.rememberMe = rememberMe;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
