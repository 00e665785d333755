package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import java.time.LocalDate;

/**
 * A campaign as the list shows it: its {@linkplain CampaignHeading heading} read by a projection,
 * without the description (CLOBs).
 */
public final class CampaignCard extends CampaignHeading {

    public CampaignCard(Long id, String titleSq, String titleEn, String goalSq, String goalEn, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn, Long organisationId) {
        super(id, BilingualText.of(titleSq, titleEn), BilingualText.of(goalSq, goalEn), audience, startsOn, endsOn,
                organisationId);
    }
}
