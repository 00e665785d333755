package al.rrjeti.kernel.infrastructure;

import al.rrjeti.kernel.KernelStartup;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Defines the platform's data source, starts the kernel when the web application starts (here,
 * unlike in a CDI start-up observer, {@code java:app} names resolve), and, for embedded Derby,
 * shuts the engine down when the application stops, so that a redeploy can boot it again
 * (otherwise: XSDB6).
 *
 * <p>The database is chosen by server-level configuration (system property, environment
 * variable or {@code asadmin set-config-property}); the defaults give embedded Derby in
 * {@code rrjeti-data/derby} under the domain's config folder. The run command points
 * {@code rrjeti.db.name} at the project's {@code data/} folder.
 */
@DataSourceDefinition(
        name = DataSources.MAIN,
        className = "${MPCONFIG=rrjeti.db.class:org.apache.derby.jdbc.EmbeddedDataSource}",
        databaseName = "${MPCONFIG=rrjeti.db.name:rrjeti-data/derby}",
        user = "${MPCONFIG=rrjeti.db.user:rrjeti}",
        password = "${MPCONFIG=rrjeti.db.password:rrjeti}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"createDatabase=${MPCONFIG=rrjeti.db.create:create}"})
@WebListener
public class PlatformLifecycle implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PlatformLifecycle.class.getName());

    @Inject
    private KernelStartup kernel;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        kernel.start();
        // Servlet 6 session-cookie attribute; Payara's descriptor parser does not know it yet.
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        kernel.stop();
        try {
            Class.forName("org.apache.derby.iapi.jdbc.JDBCBoot", false, getClass().getClassLoader());
        } catch (ClassNotFoundException notDerby) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState XJ015.
            if (!"XJ015".equals(expected.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly", expected);
            }
        }
    }
}
