package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the platform has an operator: on a database without one, it creates the account
 * named by configuration and says so once in the server log.
 */
@ApplicationScoped
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    /** The documented default; the log warns to change it. */
    static final String DEFAULT_PASSWORD = "Rrjeti-Operator-1";

    @Inject
    @ConfigProperty(name = "rrjeti.operator.email", defaultValue = "operator@rrjeti.local")
    private String email;

    @Inject
    @ConfigProperty(name = "rrjeti.operator.password", defaultValue = DEFAULT_PASSWORD)
    private String password;

    @Inject
    @ConfigProperty(name = "rrjeti.operator.name", defaultValue = "Operatori")
    private String displayName;

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog audit;

    @Transactional
    public void ensureOperator() {
        if (accounts.anyWithRole(Role.OPERATOR)) {
            return;
        }
        Account operator = new Account(email, displayName, passwords.hash(password), Locale.forLanguageTag("sq"),
                Instant.now());
        operator.grant(Role.OPERATOR);
        operator.activate();
        accounts.add(operator);
        audit.record("system", "account.operator-created", operator.getEmail(), null);
        boolean defaultPassword = DEFAULT_PASSWORD.equals(password);
        LOG.warning(() -> "\n==================================================================\n"
                + " Operator account created: " + operator.getEmail() + "\n"
                + (defaultPassword
                        ? " Password: " + DEFAULT_PASSWORD + "  (the documented default: change it)\n"
                        : " Password: as set in rrjeti.operator.password\n")
                + "==================================================================");
    }
}
