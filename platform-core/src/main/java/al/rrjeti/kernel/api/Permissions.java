package al.rrjeti.kernel.api;

import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.spi.PermissionDeclaration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers "may this caller do X" for the permissions modules declare. A permission holds for
 * the roles its descriptor names; a permission of an inactive module, or one nobody declared,
 * holds for nobody. Services call {@link #require(String)} before they act.
 */
@ApplicationScoped
public class Permissions {

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser caller;

    public boolean may(String permission) {
        for (InstalledModule m : registry.active()) {
            for (PermissionDeclaration p : m.descriptor().permissions()) {
                if (p.name().equals(permission)) {
                    return caller.roles().stream().map(Role::key).anyMatch(p.defaultRoles()::contains);
                }
            }
        }
        return false;
    }

    /** @throws AccessDeniedException unless the caller holds the permission */
    public void require(String permission) {
        if (!may(permission)) {
            throw new AccessDeniedException();
        }
    }
}
