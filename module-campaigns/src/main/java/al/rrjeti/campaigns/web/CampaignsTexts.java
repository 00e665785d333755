package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.kernel.api.i18n.ModuleTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The module's own texts in the reader's language, for pages ({@code #{campaignsTexts['key']}}) and beans. */
@Named("campaignsTexts")
@RequestScoped
public class CampaignsTexts extends ModuleTexts {

    @Override
    protected String bundle() {
        return CampaignsModule.MESSAGES;
    }
}
