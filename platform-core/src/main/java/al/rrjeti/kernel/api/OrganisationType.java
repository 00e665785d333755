package al.rrjeti.kernel.api;

import al.rrjeti.kernel.api.Role;
import java.util.Locale;

/** The kinds of organisation, each with the role its verified members hold. */
public enum OrganisationType {
    CSO(Role.CSO_MEMBER),
    INSTITUTION(Role.INSTITUTION_MEMBER),
    BUSINESS(Role.BUSINESS),
    MEDIA(Role.MEDIA);

    private final Role memberRole;

    OrganisationType(Role memberRole) {
        this.memberRole = memberRole;
    }

    /** The role members get once the organisation is verified. */
    public Role memberRole() {
        return memberRole;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "organisation.type." + key();
    }
}
