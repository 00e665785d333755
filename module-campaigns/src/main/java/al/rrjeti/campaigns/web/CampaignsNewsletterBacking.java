package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.Newsletters;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.Newsletter;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code campaigns/newsletter.xhtml}: a campaign's organisers write to its subscribers. */
@Named("campaignsNewsletterBacking")
@ViewScoped
public class CampaignsNewsletterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient Newsletters newsletters;

    @Inject
    private transient OrganiserEdits edits;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Messages messages;

    private Long id;
    private Campaign campaign;
    private NewsletterForm form = new NewsletterForm();

    /** Organisers only: others get 403, an unknown campaign 404. */
    public void load() {
        if (campaign != null) {
            return;
        }
        campaign = Forms.editable(() -> events.campaign(id), edits::mayEdit, caller.isLoggedIn());
    }

    /** Sends and stays on the page (the list below shows it sent); a refused one keeps what was written. */
    public void send() {
        if (messages.attempt("newsletter", () -> newsletters.send(id, form.draft()), "campaigns.newsletter.sent")) {
            form = new NewsletterForm();
        }
    }

    public List<Newsletter> getSent() {
        return campaign == null ? List.of() : newsletters.sent(id);
    }

    public NewsletterForm getForm() {
        return form;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
