package al.rrjeti.campaigns.domain;

import java.util.Locale;

/** The field of public life a campaign is about; people follow themes as well as audiences. */
public enum CampaignTheme {
    PROCUREMENT, JUSTICE, HEALTH, EDUCATION, LOCAL_GOVERNMENT, ENVIRONMENT;

    public String messageKey() {
        return "campaigns.theme." + name().toLowerCase(Locale.ROOT);
    }
}
