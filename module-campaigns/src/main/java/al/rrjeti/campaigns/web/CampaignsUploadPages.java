package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignImages;
import al.rrjeti.kernel.spi.UploadPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The campaign's edit page takes its image. */
@ApplicationScoped
public class CampaignsUploadPages implements UploadPages {

    @Override
    public Map<String, Long> uploadPages() {
        return Map.of("/campaigns/campaign-edit.xhtml", CampaignImages.IMAGE.maxBytes() + FORM_ROOM);
    }
}
