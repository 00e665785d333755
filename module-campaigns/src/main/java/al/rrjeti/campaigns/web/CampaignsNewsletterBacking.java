package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.NewsletterDraft;
import al.rrjeti.campaigns.application.Newsletters;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.Newsletter;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
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
    private String subjectSq;
    private String subjectEn;
    private String bodySq;
    private String bodyEn;

    /** Organisers only: others get 403, an unknown campaign 404. */
    public void load() {
        if (campaign != null) {
            return;
        }
        Campaign c = Pages.read(() -> events.campaign(id), caller.isLoggedIn());
        if (c == null) {
            return;
        }
        if (!edits.mayEdit(c)) {
            Pages.forbidden();
            return;
        }
        campaign = c;
    }

    public String send() {
        boolean sent = messages.attempt("newsletter", () -> newsletters.send(id, new NewsletterDraft(subjectSq, subjectEn,
                bodySq, bodyEn)), "campaigns.newsletter.sent");
        if (sent) {
            subjectSq = null;
            subjectEn = null;
            bodySq = null;
            bodyEn = null;
        }
        return null;
    }

    public List<Newsletter> getSent() {
        return campaign == null ? List.of() : newsletters.sent(id);
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

    public String getSubjectSq() {
        return subjectSq;
    }

    public void setSubjectSq(String subjectSq) {
        this.subjectSq = subjectSq;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getBodySq() {
        return bodySq;
    }

    public void setBodySq(String bodySq) {
        this.bodySq = bodySq;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
