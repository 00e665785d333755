package al.rrjeti.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security set-up: a Faces login page that calls
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}, and the caller kept in the
 * HTTP session. Access to pages is decided by {@link AccessFilter} and, in services, by
 * {@link CurrentUser}, from the account's roles in the database.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecurityConfiguration {
}
