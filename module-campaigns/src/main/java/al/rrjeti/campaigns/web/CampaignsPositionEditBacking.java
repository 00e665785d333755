package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private PositionForm form = new PositionForm();
    private boolean loaded;

    /** An existing position fills the form once; others' drafts answer 403, unknown ones 404. */
    public void load() {
        if (id == null || loaded) {
            return;
        }
        Position p = Forms.editable(() -> positions.read(id), positions::mayWrite, caller.isLoggedIn());
        if (p == null) {
            return;
        }
        loaded = true;
        organisationId = p.getOrganisationId();
        form = PositionForm.of(p);
    }

    /** The verified CSOs the caller may draft for. */
    public List<OrganisationRef> getOrganisations() {
        return caller.account().map(me -> memberships.verified(me.getId(), OrganisationType.CSO)).orElse(List.of());
    }

    public void save() {
        Position p = Forms.save(messages, "position", () -> id == null ? positions.draft(organisationId, form.draft())
                : positions.edit(id, form.draft()), null);
        if (p != null) {
            Forms.done(messages, id == null ? "campaigns.position.drafted" : "campaigns.position.saved",
                    "/campaigns/position.xhtml?id=" + p.getId());
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public PositionForm getForm() {
        return form;
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
}
