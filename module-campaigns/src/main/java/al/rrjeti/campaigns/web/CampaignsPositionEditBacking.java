package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.application.PositionDraft;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** {@code campaigns/position-edit.xhtml}: draft a joint position, or write its next version. */
@Named("campaignsPositionEditBacking")
@ViewScoped
public class CampaignsPositionEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient PositionService positions;

    @Inject
    private transient Memberships memberships;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Messages messages;

    private Long id;
    private Long organisationId;
    private String titleSq;
    private String titleEn;
    private String bodySq;
    private String bodyEn;
    private String law;
    private String institutionName;
    private String institutionEmail;
    private Integer publishAtSignatures;
    private LocalDate publishOn;
    private boolean loaded;

    /** An existing position fills the form once; others' drafts answer 403, unknown ones 404. */
    public void load() {
        if (id == null || loaded) {
            return;
        }
        Position p = Pages.read(() -> positions.read(id), caller.isLoggedIn());
        if (p == null) {
            return;
        }
        if (!positions.mayWrite(p)) {
            Pages.forbidden();
            return;
        }
        loaded = true;
        organisationId = p.getOrganisationId();
        titleSq = p.getTitle().getSq();
        titleEn = p.getTitle().getEn();
        bodySq = p.getBody().getSq();
        bodyEn = p.getBody().getEn();
        law = p.getLaw();
        institutionName = p.getInstitutionName();
        institutionEmail = p.getInstitutionEmail();
        publishAtSignatures = p.getPublishAtSignatures();
        publishOn = p.getPublishOn();
    }

    /** The verified CSOs the caller may draft for. */
    public List<OrganisationRef> getOrganisations() {
        return caller.account().map(me -> memberships.verified(me.getId(), OrganisationType.CSO)).orElse(List.of());
    }

    public void save() {
        PositionDraft draft = new PositionDraft(titleSq, titleEn, bodySq, bodyEn, law, institutionName,
                institutionEmail, null, publishAtSignatures, publishOn);
        try {
            Position p = id == null ? positions.draft(organisationId, draft) : positions.edit(id, draft);
            messages.info(id == null ? "campaigns.position.drafted" : "campaigns.position.saved");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/campaigns/position.xhtml?id=" + p.getId());
        } catch (BusinessException e) {
            messages.refused("position", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
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

    public String getLaw() {
        return law;
    }

    public void setLaw(String law) {
        this.law = law;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public void setInstitutionName(String institutionName) {
        this.institutionName = institutionName;
    }

    public String getInstitutionEmail() {
        return institutionEmail;
    }

    public void setInstitutionEmail(String institutionEmail) {
        this.institutionEmail = institutionEmail;
    }

    public Integer getPublishAtSignatures() {
        return publishAtSignatures;
    }

    public void setPublishAtSignatures(Integer publishAtSignatures) {
        this.publishAtSignatures = publishAtSignatures;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public void setPublishOn(LocalDate publishOn) {
        this.publishOn = publishOn;
    }
}
