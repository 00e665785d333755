package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.application.PositionAttachments;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.servlet.http.Part;
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

    @Inject
    private transient PositionAttachments attachments;

    private Long id;
    private Long organisationId;
    private transient Part document;
    private BilingualField documentTitle = new BilingualField();
    private transient List<PositionAttachments.Listed> documents;
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

    /** Attaches the chosen document with its title; on refusal the messages say why and nothing is kept. */
    public void attach() {
        if (messages.attempt("documents", () -> attachments.attach(id, Pages.upload(document), documentTitle.getSq(),
                documentTitle.getEn()), "campaigns.attachment.added")) {
            documentTitle = new BilingualField();
            documents = null;
        }
    }

    public void removeDocument(Long attachmentId) {
        if (messages.attempt("documents", () -> attachments.remove(attachmentId), "campaigns.attachment.removed")) {
            documents = null;
        }
    }

    /** The position's documents, for the list with their remove buttons. */
    public List<PositionAttachments.Listed> getDocuments() {
        if (id == null) {
            return List.of();
        }
        if (documents == null) {
            documents = attachments.of(id);
        }
        return documents;
    }

    /** The largest document the installation takes, in MB, for the form's help. */
    public long getDocumentMaxMb() {
        return attachments.kind().maxBytes() / (1024 * 1024);
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public BilingualField getDocumentTitle() {
        return documentTitle;
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
