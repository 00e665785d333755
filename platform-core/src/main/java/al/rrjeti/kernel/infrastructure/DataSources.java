package al.rrjeti.kernel.infrastructure;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The data source the kernel defines for the whole application. */
public final class DataSources {

    /** JNDI name of the platform's one database; every module's persistence unit uses it. */
    public static final String MAIN = "java:app/jdbc/rrjeti";

    private DataSources() {
    }

    /**
     * Looks the data source up when it is needed. (Injecting it with {@code @Resource} fails on
     * Payara: CDI validates the injection point before the application's own
     * {@code @DataSourceDefinition} is bound.)
     */
    public static DataSource main() {
        try {
            return InitialContext.doLookup(MAIN);
        } catch (NamingException e) {
            throw new IllegalStateException("The data source " + MAIN + " is not bound", e);
        }
    }
}
