package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The permissions modules declare, as the kernel answers them. */
@ExtendWith(ArquillianExtension.class)
class PermissionsIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private Permissions permissions;

    @Inject
    private Fixtures fixtures;

    @Inject
    private ModuleRegistry registry;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        registry.setEnabled("demo", true, "test");
        registry.refresh();
    }

    @Test
    void aPermissionHoldsForTheRolesItsModuleNames() {
        fixtures.account("citizen." + RUN + "@example.al", "Citizen", Role.CITIZEN);
        ActingUser.actAs("citizen." + RUN + "@example.al");
        assertThat(permissions.may("demo.write")).isFalse();
        assertThatThrownBy(() -> permissions.require("demo.write")).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs("operator@rrjeti.local");
        assertThat(permissions.may("demo.write")).isTrue();
        assertThat(permissions.may("demo.unknown")).as("undeclared permissions hold for nobody").isFalse();

        registry.setEnabled("demo", false, "test");
        registry.refresh();
        assertThat(permissions.may("demo.write")).as("a disabled module's permissions hold for nobody").isFalse();
    }

    @Test
    void anonymousVisitorsHoldNoPermission() {
        assertThat(permissions.may("demo.write")).isFalse();
    }
}
