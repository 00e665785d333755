package al.rrjeti.campaigns.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Something a person follows to hear of new activities that concern them: an audience
 * ({@code audience:youth}) or a theme ({@code theme:health}). The code is what is stored.
 */
public record Topic(String code) {

    private static final String AUDIENCE = "audience:";
    private static final String THEME = "theme:";

    public static Topic of(CampaignAudience audience) {
        return new Topic(AUDIENCE + audience.name().toLowerCase(Locale.ROOT));
    }

    public static Topic of(CampaignTheme theme) {
        return new Topic(THEME + theme.name().toLowerCase(Locale.ROOT));
    }

    /** Audiences first, then themes, in their declared order. */
    public static List<Topic> all() {
        List<Topic> all = new ArrayList<>();
        for (CampaignAudience a : CampaignAudience.values()) {
            all.add(of(a));
        }
        for (CampaignTheme t : CampaignTheme.values()) {
            all.add(of(t));
        }
        return all;
    }

    /** The topic a code names, if the platform has it. */
    public static Optional<Topic> parse(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The topics a campaign concerns: its audience and, when it has one, its theme. */
    public static List<Topic> of(Campaign campaign) {
        List<Topic> topics = new ArrayList<>();
        topics.add(of(campaign.getAudience()));
        if (campaign.getTheme() != null) {
            topics.add(of(campaign.getTheme()));
        }
        return topics;
    }

    public boolean isAudience() {
        return code.startsWith(AUDIENCE);
    }

    /** Its name's key in the bundle, shared with the campaign forms: {@code campaigns.audience.youth}. */
    public String messageKey() {
        return isAudience() ? "campaigns.audience." + code.substring(AUDIENCE.length())
                : "campaigns.theme." + code.substring(THEME.length());
    }
}
