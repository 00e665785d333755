package al.rrjeti.kernel.api;

import java.util.EnumSet;
import java.util.Set;

/** The platform's roles. An account holds one or more; modules grant permissions to them. */
public enum Role {
    CITIZEN, BUSINESS, MEDIA, CSO_MEMBER, INSTITUTION_MEMBER, MODERATOR, EDITOR, OPERATOR;

    /** Roles that give access to the network's private space. */
    public static final Set<Role> MEMBERS = EnumSet.of(CSO_MEMBER, INSTITUTION_MEMBER);

    /** Roles of the platform's own staff. */
    public static final Set<Role> STAFF = EnumSet.of(MODERATOR, EDITOR, OPERATOR);

    /** The name used in descriptors and as the security group, e.g. {@code cso_member}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "role." + key();
    }
}
