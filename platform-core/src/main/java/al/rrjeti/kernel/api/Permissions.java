package al.rrjeti.kernel.api;

import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.spi.PermissionDeclaration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "may this caller do X" for the permissions modules declare. A permission holds for
 * the roles its descriptor names; a permission of an inactive module, or one nobody declared,
 * holds for nobody. Services call {@link #require(String)} before they act.
 */
@ApplicationScoped
public class Permissions {

    /** Verify, reject and revoke organisations: the kernel's own moderation queue. */
    public static final String VERIFY_ORGANISATIONS = "kernel.organisations.verify";

    /** The kernel's own permissions, declared as a module would. */
    private static final List<PermissionDeclaration> KERNEL = List.of(
            new PermissionDeclaration(VERIFY_ORGANISATIONS, Set.of("moderator", "operator")));

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser caller;

    public boolean may(String permission) {
        return declaration(permission)
                .map(p -> caller.roles().stream().map(Role::key).anyMatch(p.defaultRoles()::contains))
                .orElse(false);
    }

    /** @throws AccessDeniedException unless the caller holds the permission */
    public void require(String permission) {
        if (!may(permission)) {
            throw new AccessDeniedException();
        }
    }

    /** The roles that hold a live permission; none for one of an inactive module or unknown. */
    public Set<Role> rolesHolding(String permission) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        declaration(permission).ifPresent(p -> {
            for (Role r : Role.values()) {
                if (p.defaultRoles().contains(r.key())) {
                    roles.add(r);
                }
            }
        });
        return roles;
    }

    private Optional<PermissionDeclaration> declaration(String permission) {
        for (PermissionDeclaration p : KERNEL) {
            if (p.name().equals(permission)) {
                return Optional.of(p);
            }
        }
        for (InstalledModule m : registry.active()) {
            for (PermissionDeclaration p : m.descriptor().permissions()) {
                if (p.name().equals(permission)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
