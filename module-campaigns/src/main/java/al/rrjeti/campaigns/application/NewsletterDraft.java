package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.i18n.BilingualText;

/** A newsletter as its form holds it: subject and text (Markdown) in either language or both. */
public record NewsletterDraft(String subjectSq, String subjectEn, String bodySq, String bodyEn) {

    BilingualText subject() {
        return BilingualText.of(Checks.clean(subjectSq), Checks.clean(subjectEn));
    }

    BilingualText body() {
        return BilingualText.of(Checks.clean(bodySq), Checks.clean(bodyEn));
    }

    void check() {
        new Checks()
                .eitherLanguage("subjectSq", subjectSq, subjectEn, "campaigns.newsletter.subject.required")
                .maxLength("subjectSq", subjectSq, 200).maxLength("subjectEn", subjectEn, 200)
                .eitherLanguage("bodySq", bodySq, bodyEn, "campaigns.newsletter.body.required")
                .maxLength("bodySq", bodySq, 20_000).maxLength("bodyEn", bodyEn, 20_000)
                .throwIfAny();
    }
}
