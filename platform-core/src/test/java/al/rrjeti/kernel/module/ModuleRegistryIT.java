package al.rrjeti.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.audit.AuditEntry;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.infrastructure.DataSources;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.security.OperatorBootstrap;
import al.rrjeti.testmodule.DemoModule;
import al.rrjeti.testmodule.DemoNotes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry on a real Payara with a real Derby: discovery, switches, migrations, seed, audit. */
@ExtendWith(ArquillianExtension.class)
class ModuleRegistryIT {

    @Inject
    private ModuleRegistry registry;

    @Inject
    private ModuleSwitches switches;

    @Inject
    private ModuleAdministration administration;

    @Inject
    private Migrations migrations;

    @Inject
    private AuditLog audit;

    @Inject
    private DemoNotes notes;

    @Inject
    private DemoModule demo;

    @Inject
    private OperatorBootstrap operator;

    @AfterEach
    void enableEverythingAgain() {
        registry.setEnabled(DemoModule.ID, true, "test");
        registry.refresh();
    }

    @Test
    void discoversTheModulesAndResolvesTheirRequirements() {
        assertThat(registry.all()).extracting(InstalledModule::id).contains("demo", "demoaddon");
        assertThat(registry.isActive("demo")).isTrue();
        assertThat(registry.isActive("demoaddon")).isTrue();
        assertThat(switches.find("demo")).get()
                .satisfies(r -> assertThat(r.isEnabled()).isTrue())
                .satisfies(r -> assertThat(r.getInstalledVersion()).isEqualTo("1.2.0"));
    }

    @Test
    void disablingIsStoredAuditedAndFollowedByDependants() {
        int notesBefore = notes.count();

        assertThat(registry.setEnabled("demo", false, "operator@test")).isTrue();
        registry.refresh();

        assertThat(switches.find("demo")).get().satisfies(r -> assertThat(r.isEnabled()).isFalse());
        assertThat(registry.find("demo")).get().extracting(InstalledModule::state).isEqualTo(ModuleState.DISABLED);
        InstalledModule addon = registry.find("demoaddon").orElseThrow();
        assertThat(addon.state()).isEqualTo(ModuleState.INACTIVE);
        assertThat(addon.resolution().reason()).get().extracting(Inactivity::code)
                .isEqualTo(Inactivity.Code.DEPENDENCY_DISABLED);
        AuditEntry last = audit.latest("module.", 1).get(0);
        assertThat(last.getAction()).isEqualTo("module.disabled");
        assertThat(last.getSubject()).isEqualTo("demo");
        assertThat(last.getActor()).isEqualTo("operator@test");
        assertThat(registry.setEnabled("demo", false, "operator@test")).as("already off").isFalse();

        registry.setEnabled("demo", true, "operator@test");
        registry.refresh();
        assertThat(registry.isActive("demo")).isTrue();
        assertThat(registry.isActive("demoaddon")).isTrue();
        assertThat(notes.count()).as("data intact after re-enabling").isEqualTo(notesBefore);
        assertThat(audit.latest("module.", 1).get(0).getAction()).isEqualTo("module.enabled");
    }

    @Test
    void migrationsAreAppliedOnce() throws SQLException {
        assertThat(changeSetRuns("demo-1-notes")).isEqualTo(1);
        assertThat(changeSetRuns("kernel-1-modules")).isEqualTo(1);

        migrations.apply("META-INF/rrjeti/demo/changelog.xml", DemoModule.class.getClassLoader());
        migrations.apply(Migrations.KERNEL_CHANGELOG, Migrations.class.getClassLoader());

        assertThat(changeSetRuns("demo-1-notes")).isEqualTo(1);
        assertThat(changeSetRuns("kernel-1-modules")).isEqualTo(1);
    }

    @Test
    void seedContentIsImportedOnceHoweverOftenItRuns() {
        int before = notes.count();
        assertThat(before).isEqualTo(1);
        demo.seed();
        demo.seed();
        assertThat(notes.count()).isEqualTo(before);
    }

    @Test
    void operatorServicesRefuseCallersWhoAreNotOperators() {
        assertThatThrownBy(() -> administration.disable("demo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.modules()).isInstanceOf(AccessDeniedException.class);
        assertThat(registry.isActive("demo")).isTrue();
    }

    @Test
    void unknownModuleCannotBeSwitched() {
        assertThatThrownBy(() -> registry.setEnabled("no-such-module", false, "test"))
                .isInstanceOf(UnknownModuleException.class);
    }

    @Test
    void operatorAccountIsCreatedOnlyOnce() throws SQLException {
        // Other tests make operators of their own in the one database, before or after this one.
        int before = operators();
        operator.ensureOperator();
        operator.ensureOperator();
        assertThat(operators()).as("the start made the operator; asking again adds none").isEqualTo(before)
                .isPositive();
    }

    private static int operators() throws SQLException {
        try (Connection c = DataSources.main().getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT COUNT(*) FROM core_account_role WHERE role = 'OPERATOR'");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int changeSetRuns(String id) throws SQLException {
        try (Connection c = DataSources.main().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
