package al.rrjeti.kernel.module;

import al.rrjeti.kernel.infrastructure.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies Liquibase changelogs, the kernel's and each active module's. Liquibase records
 * every change set it ran, so applying a changelog again changes nothing.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    /** The kernel's own changelog. */
    public static final String KERNEL_CHANGELOG = "META-INF/rrjeti/kernel/changelog.xml";

    /**
     * Brings the database up to date with a changelog.
     *
     * @param changelog class-path location of the changelog
     * @param loader    the class loader that sees it (the module's)
     * @throws MigrationException when a change set fails; what ran before it stays applied
     */
    public void apply(String changelog, ClassLoader loader) {
        // Liquibase keeps its scope in a static InheritableThreadLocal of the thread that first asks
        // for it and never removes it: on the server's admin thread that pinned the application's
        // class loader after every undeploy (Payara logged a leak each time). A thread of its own,
        // which ends with the migration, takes the value with it.
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread migration = threads.newThread(() -> {
            try {
                migrate(changelog, loader);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        migration.start();
        try {
            migration.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(changelog, e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void migrate(String changelog, ClassLoader loader) {
        long started = System.nanoTime();
        try (Connection connection = DataSources.main().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader)),
                        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                                .execute());
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException(changelog, e);
        } catch (Exception e) {
            throw new MigrationException(changelog, e);
        }
        LOG.info(() -> "Migrations " + changelog + " up to date in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** A changelog could not be applied. */
    public static class MigrationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MigrationException(String changelog, Exception cause) {
            super("Could not apply " + changelog + ": " + cause.getMessage(), cause);
        }
    }
}
