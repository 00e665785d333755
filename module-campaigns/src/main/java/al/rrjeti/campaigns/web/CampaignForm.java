package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignTheme;
import java.io.Serializable;
import java.time.LocalDate;

/** What the campaign forms (add on the organise page, change on the edit page) hold: {@code parts/campaign-fields.xhtml}. */
public class CampaignForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private BilingualField title = new BilingualField();
    private BilingualField goal = new BilingualField();
    private BilingualField description = new BilingualField();
    private CampaignAudience audience;
    private CampaignTheme theme;
    private LocalDate startsOn;
    private LocalDate endsOn;

    static CampaignForm of(Campaign c) {
        CampaignForm f = new CampaignForm();
        f.title = BilingualField.of(c.getTitle());
        f.goal = BilingualField.of(c.getGoal());
        f.description = BilingualField.of(c.getDescription());
        f.audience = c.getAudience();
        f.theme = c.getTheme();
        f.startsOn = c.getStartsOn();
        f.endsOn = c.getEndsOn();
        return f;
    }

    /** @param organisationId the organiser's organisation, null for the platform's own (ignored on a change) */
    CampaignDraft draft(Long organisationId) {
        return new CampaignDraft(title.getSq(), title.getEn(), goal.getSq(), goal.getEn(), description.getSq(),
                description.getEn(), audience, startsOn, endsOn, organisationId, theme);
    }

    public CampaignAudience[] getAudiences() {
        return CampaignAudience.values();
    }

    public CampaignTheme[] getThemes() {
        return CampaignTheme.values();
    }

    public BilingualField getTitle() {
        return title;
    }

    public BilingualField getGoal() {
        return goal;
    }

    public BilingualField getDescription() {
        return description;
    }

    public CampaignAudience getAudience() {
        return audience;
    }

    public void setAudience(CampaignAudience audience) {
        this.audience = audience;
    }

    public CampaignTheme getTheme() {
        return theme;
    }

    public void setTheme(CampaignTheme theme) {
        this.theme = theme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
