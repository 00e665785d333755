package al.rrjeti.kernel.api;

import java.util.Locale;
import java.util.Objects;

/**
 * An organisation of the network directory as modules see it: what the directory shows of it.
 * Modules keep only its id in their tables and ask {@link OrganisationLookup} when they show it.
 */
public final class OrganisationRef {

    private final Long id;
    private final OrganisationType type;
    private final String name;
    private final String website;
    private final String descriptionSq;
    private final String descriptionEn;
    private final Long logoFileId;
    private final boolean verified;

    public OrganisationRef(Long id, OrganisationType type, String name, String website, String descriptionSq,
            String descriptionEn, Long logoFileId, boolean verified) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = type;
        this.name = name;
        this.website = website;
        this.descriptionSq = descriptionSq;
        this.descriptionEn = descriptionEn;
        this.logoFileId = logoFileId;
        this.verified = verified;
    }

    public Long getId() {
        return id;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getWebsite() {
        return website;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** The description in the reader's language, the other one when that is all there is. */
    public String description(Locale locale) {
        return al.rrjeti.kernel.api.i18n.Bilingual.pick(locale, descriptionSq, descriptionEn);
    }

    public Long getLogoFileId() {
        return logoFileId;
    }

    /** Verified by a moderator: only verified organisations act in the network. */
    public boolean isVerified() {
        return verified;
    }

    /** A CSO or a public institution: the two kinds that form the network. */
    public boolean isNetwork() {
        return type == OrganisationType.CSO || type == OrganisationType.INSTITUTION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationRef r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation " + id;
    }
}
