package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignTheme;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.ConflictException;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** {@code campaigns/campaign-edit.xhtml}: its organisers change a campaign. */
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
    private transient al.rrjeti.campaigns.application.CampaignMaterials materialsService;

    @Inject
    private transient al.rrjeti.campaigns.application.CampaignImages images;

    private transient jakarta.servlet.http.Part image;
    private String altSq;
    private String altEn;
    private Long imageFileId;
    private String query;
    private java.util.List<al.rrjeti.kernel.api.DocumentRef> found = java.util.List.of();
    private boolean searched;

    @Inject
    private transient Messages messages;

    private Long id;
    /** The campaign's version when the form was opened, so a save never overwrites someone else's. */
    private Long seenVersion;
    private String titleSq;
    private String titleEn;
    private String goalSq;
    private String goalEn;
    private String descriptionSq;
    private String descriptionEn;
    private CampaignAudience audience;
    private CampaignTheme theme;
    private LocalDate startsOn;
    private LocalDate endsOn;

    /** Fills the form once; people who may not change the campaign get 403, an unknown one 404. */
    public void load() {
        if (seenVersion != null) {
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
        seenVersion = c.getRowVersion();
        titleSq = c.getTitle().getSq();
        titleEn = c.getTitle().getEn();
        goalSq = c.getGoal().getSq();
        goalEn = c.getGoal().getEn();
        descriptionSq = c.getDescription().getSq();
        descriptionEn = c.getDescription().getEn();
        audience = c.getAudience();
        theme = c.getTheme();
        imageFileId = c.getImageFileId();
        altSq = c.getImageAlt().getSq();
        altEn = c.getImageAlt().getEn();
        startsOn = c.getStartsOn();
        endsOn = c.getEndsOn();
    }

    public String save() {
        try {
            edits.editCampaign(id, new CampaignDraft(titleSq, titleEn, goalSq, goalEn, descriptionSq, descriptionEn,
                    audience, startsOn, endsOn, null, theme), seenVersion);
        } catch (ConflictException e) {
            // what was typed stays in the form; saving again after a look at the other change is deliberate
            seenVersion = events.campaign(id).getRowVersion();
            messages.error(e);
            return null;
        } catch (BusinessException e) {
            messages.refused("campaign", e);
            return null;
        }
        return CampaignsEventEditBacking.back(messages, "campaigns.campaign.saved", "/campaigns/campaign.xhtml?id=" + id);
    }

    public void saveImage() {
        if (messages.attempt("picture", () -> images.set(id, Pages.upload(image), altSq, altEn), "campaigns.image.saved")) {
            imageFileId = events.campaign(id).getImageFileId();
        }
    }

    public void removeImage() {
        if (messages.attempt("picture", () -> images.remove(id), "campaigns.image.removed")) {
            imageFileId = null;
        }
    }

    public Long getImageFileId() {
        return imageFileId;
    }

    public jakarta.servlet.http.Part getImage() {
        return image;
    }

    public void setImage(jakarta.servlet.http.Part image) {
        this.image = image;
    }

    public String getAltSq() {
        return altSq;
    }

    public void setAltSq(String altSq) {
        this.altSq = altSq;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }

    public boolean isLibraryOn() {
        return materialsService.available();
    }

    public java.util.List<al.rrjeti.kernel.api.DocumentRef> getMaterials() {
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

    public java.util.List<al.rrjeti.kernel.api.DocumentRef> getFound() {
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

    public CampaignAudience[] getAudiences() {
        return CampaignAudience.values();
    }

    public CampaignTheme[] getThemes() {
        return CampaignTheme.values();
    }

    public CampaignTheme getTheme() {
        return theme;
    }

    public void setTheme(CampaignTheme theme) {
        this.theme = theme;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getGoalSq() {
        return goalSq;
    }

    public void setGoalSq(String goalSq) {
        this.goalSq = goalSq;
    }

    public String getGoalEn() {
        return goalEn;
    }

    public void setGoalEn(String goalEn) {
        this.goalEn = goalEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public CampaignAudience getAudience() {
        return audience;
    }

    public void setAudience(CampaignAudience audience) {
        this.audience = audience;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
