package al.rrjeti.kernel.spi;

import java.util.Set;

/**
 * A permission a module checks in its services, with the roles that hold it by default.
 *
 * @param name         dotted, prefixed by the module id, e.g. {@code forum.post.public}
 * @param defaultRoles the role names granted it out of the box
 */
public record PermissionDeclaration(String name, Set<String> defaultRoles) {

    public PermissionDeclaration {
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
