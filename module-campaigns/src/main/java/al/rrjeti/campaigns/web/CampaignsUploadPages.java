package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignImages;
import al.rrjeti.campaigns.application.CampaignsSettings;
import al.rrjeti.kernel.spi.UploadPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The campaign's edit page takes its image; the position's edit page its documents (the size is a setting). */
@ApplicationScoped
public class CampaignsUploadPages implements UploadPages {

    @Inject
    private CampaignsSettings settings;

    @Override
    public Map<String, Long> uploadPages() {
        return Map.of("/campaigns/campaign-edit.xhtml", CampaignImages.IMAGE.maxBytes() + FORM_ROOM,
                "/campaigns/position-edit.xhtml", settings.attachmentMaxBytes() + FORM_ROOM);
    }
}
