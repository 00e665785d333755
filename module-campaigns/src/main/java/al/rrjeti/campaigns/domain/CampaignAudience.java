package al.rrjeti.campaigns.domain;

import java.util.Locale;

/** Whom a campaign speaks to. */
public enum CampaignAudience {
    CITIZENS, YOUTH, BUSINESSES, PUBLIC_OFFICIALS, CSOS, MEDIA;

    public String messageKey() {
        return "campaigns.audience." + name().toLowerCase(Locale.ROOT);
    }
}
