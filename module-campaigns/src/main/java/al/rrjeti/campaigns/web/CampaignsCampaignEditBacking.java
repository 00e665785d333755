package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignImages;
import al.rrjeti.campaigns.application.CampaignMaterials;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.DocumentRef;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/** {@code campaigns/campaign-edit.xhtml}: its organisers change a campaign, its picture and its materials. */
@Named("campaignsCampaignEditBacking")
@ViewScoped
public class CampaignsCampaignEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient OrganiserEdits edits;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CampaignMaterials materialsService;

    @Inject
    private transient CampaignImages images;

    @Inject
    private transient Messages messages;

    private Long id;
    /** The campaign's version when the form was opened, so a save never overwrites someone else's. */
    private Long seenVersion;
    private CampaignForm form = new CampaignForm();
    private transient Part image;
    private BilingualField alt = new BilingualField();
    private Long imageFileId;
    private String query;
    private List<DocumentRef> found = List.of();
    private boolean searched;

    /** Fills the form once; people who may not change the campaign get 403, an unknown one 404. */
    public void load() {
        if (seenVersion != null) {
            return;
        }
        Campaign c = Forms.editable(() -> events.campaign(id), edits::mayEdit, caller.isLoggedIn());
        if (c == null) {
            return;
        }
        seenVersion = c.getRowVersion();
        form = CampaignForm.of(c);
        imageFileId = c.getImageFileId();
        alt = BilingualField.of(c.getImageAlt());
    }

    public void save() {
        if (Forms.save(messages, "campaign", () -> edits.editCampaign(id, form.draft(null), seenVersion),
                () -> seenVersion = events.campaign(id).getRowVersion()) != null) {
            Forms.done(messages, "campaigns.campaign.saved", "/campaigns/campaign.xhtml?id=" + id);
        }
    }

    public void saveImage() {
        if (messages.attempt("picture", () -> images.set(id, Pages.upload(image), alt.getSq(), alt.getEn()),
                "campaigns.image.saved")) {
            imageFileId = events.campaign(id).getImageFileId();
        }
    }

    public void removeImage() {
        if (messages.attempt("picture", () -> images.remove(id), "campaigns.image.removed")) {
            imageFileId = null;
        }
    }

    public boolean isLibraryOn() {
        return materialsService.available();
    }

    public List<DocumentRef> getMaterials() {
        return materialsService.of(id);
    }

    public void search() {
        found = materialsService.search(query);
        searched = true;
    }

    public void addMaterial(String documentId) {
        messages.attempt("materials", () -> materialsService.add(id, documentId), "campaigns.materials.added");
    }

    public void removeMaterial(String documentId) {
        messages.attempt("materials", () -> materialsService.remove(id, documentId), "campaigns.materials.removed");
    }

    public CampaignForm getForm() {
        return form;
    }

    public BilingualField getAlt() {
        return alt;
    }

    public Long getImageFileId() {
        return imageFileId;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public List<DocumentRef> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
