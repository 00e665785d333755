package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import java.time.LocalDate;

/** A campaign as the list shows it: read by a projection, without its description (CLOBs). */
public final class CampaignCard {

    private final long id;
    private final BilingualText title;
    private final BilingualText goal;
    private final CampaignAudience audience;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final Long organisationId;

    public CampaignCard(Long id, String titleSq, String titleEn, String goalSq, String goalEn, CampaignAudience audience,
            LocalDate startsOn, LocalDate endsOn, Long organisationId) {
        this.id = id;
        this.title = BilingualText.of(titleSq, titleEn);
        this.goal = BilingualText.of(goalSq, goalEn);
        this.audience = audience;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.organisationId = organisationId;
    }

    public long getId() {
        return id;
    }

    public BilingualText getTitle() {
        return title;
    }

    public BilingualText getGoal() {
        return goal;
    }

    public CampaignAudience getAudience() {
        return audience;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
