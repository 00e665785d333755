package al.rrjeti.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The platform's authentication mechanism: the Faces login page hands a credential to
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}; the caller is then kept in the
 * HTTP session, and for thirty days in a "remember me" cookie when asked (the cookie holds a
 * one-time token, see {@link RememberMeStore}). Access to pages is decided by {@link AccessFilter}
 * and, in services, by {@link CurrentUser}, from the account's roles in the database.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@RememberMe(cookieName = "rrjeti-remember", cookieMaxAgeSeconds = 30 * 24 * 3600,
        // HttpOnly always; Secure whenever the login came over HTTPS (a plain-HTTP trial installation
        // would otherwise lose the cookie).
        cookieSecureOnlyExpression = "#{self.isSecure(httpMessageContext)}",
        isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        return context.doNothing();
    }

    /** Read by {@link RememberMe#isRememberMeExpression()}: the login form's checkbox. */
    public Boolean isRememberMe(HttpMessageContext context) {
        return context.getAuthParameters().isRememberMe();
    }

    /** Read by {@link RememberMe#cookieSecureOnlyExpression()}: whether the request came over HTTPS. */
    public Boolean isSecure(HttpMessageContext context) {
        return context.getRequest().isSecure();
    }
}
