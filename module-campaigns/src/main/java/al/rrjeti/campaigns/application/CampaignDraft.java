package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignTheme;
import al.rrjeti.kernel.api.i18n.BilingualText;
import java.time.LocalDate;

/** A campaign as its form holds it; the organisation is the organiser's, or none for the platform's own. */
public record CampaignDraft(String titleSq, String titleEn, String goalSq, String goalEn, String descriptionSq,
        String descriptionEn, CampaignAudience audience, LocalDate startsOn, LocalDate endsOn, Long organisationId,
        CampaignTheme theme) {

    /** A campaign with no theme. */
    public CampaignDraft(String titleSq, String titleEn, String goalSq, String goalEn, String descriptionSq,
            String descriptionEn, CampaignAudience audience, LocalDate startsOn, LocalDate endsOn, Long organisationId) {
        this(titleSq, titleEn, goalSq, goalEn, descriptionSq, descriptionEn, audience, startsOn, endsOn, organisationId,
                null);
    }

    BilingualText title() {
        return BilingualText.of(Checks.clean(titleSq), Checks.clean(titleEn));
    }

    BilingualText goal() {
        return BilingualText.of(Checks.clean(goalSq), Checks.clean(goalEn));
    }

    BilingualText description() {
        return BilingualText.of(Checks.clean(descriptionSq), Checks.clean(descriptionEn));
    }

    void check() {
        new Checks()
                .eitherLanguage("titleSq", titleSq, titleEn, "campaigns.campaign.title.required")
                .maxLength("titleSq", titleSq, 200).maxLength("titleEn", titleEn, 200)
                .eitherLanguage("goalSq", goalSq, goalEn, "campaigns.campaign.goal.required")
                .maxLength("goalSq", goalSq, 1000).maxLength("goalEn", goalEn, 1000)
                .maxLength("descriptionSq", descriptionSq, 50_000).maxLength("descriptionEn", descriptionEn, 50_000)
                .at("audience", audience == null, "campaigns.campaign.audience.required")
                .at("startsOn", startsOn == null, "campaigns.campaign.start.required")
                .at("endsOn", startsOn != null && endsOn != null && endsOn.isBefore(startsOn), "campaigns.input.period")
                .throwIfAny();
    }
}
