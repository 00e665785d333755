package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Addressee;
import al.rrjeti.campaigns.domain.PositionText;
import al.rrjeti.campaigns.domain.PublicationRule;
import java.time.LocalDate;

/** What the initiator writes for a joint position, as a form holds it. */
public record PositionDraft(String titleSq, String titleEn, String bodySq, String bodyEn, String law,
        String institutionName, String institutionEmail, Long institutionOrganisationId, Integer publishAtSignatures,
        LocalDate publishOn) {

    PositionText text() {
        return new PositionText(Checks.clean(titleSq), Checks.clean(titleEn), Checks.clean(bodySq),
                Checks.clean(bodyEn));
    }

    Addressee addressee() {
        return new Addressee(Checks.clean(law), Checks.clean(institutionName), Checks.clean(institutionEmail),
                institutionOrganisationId);
    }

    PublicationRule rule() {
        return new PublicationRule(publishAtSignatures, publishOn);
    }

    void check(LocalDate today) {
        new Checks()
                .eitherLanguage("titleSq", titleSq, titleEn, "campaigns.position.title.required")
                .maxLength("titleSq", titleSq, 200).maxLength("titleEn", titleEn, 200)
                .eitherLanguage("bodySq", bodySq, bodyEn, "campaigns.position.body.required")
                .maxLength("bodySq", bodySq, 50_000).maxLength("bodyEn", bodyEn, 50_000)
                .required("law", law, "campaigns.position.law.required").maxLength("law", law, 300)
                .required("institutionName", institutionName, "campaigns.position.institution.required")
                .maxLength("institutionName", institutionName, 200)
                .required("institutionEmail", institutionEmail, "campaigns.position.email.required")
                .email("institutionEmail", institutionEmail)
                .at("publishAtSignatures", publishAtSignatures == null && publishOn == null,
                        "campaigns.position.rule.required")
                .at("publishAtSignatures", publishAtSignatures != null
                        && (publishAtSignatures < 1 || publishAtSignatures > 500), "campaigns.position.threshold.invalid")
                .at("publishOn", publishOn != null && publishOn.isBefore(today), "campaigns.position.date.past")
                .throwIfAny();
    }
}
