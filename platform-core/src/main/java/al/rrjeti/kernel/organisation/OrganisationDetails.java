package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.OrganisationType;

/** What a representative types about the organisation. */
public record OrganisationDetails(OrganisationType type, String name, String registrationNumber, String address,
        String website, String contactEmail, String descriptionSq, String descriptionEn) {
}
