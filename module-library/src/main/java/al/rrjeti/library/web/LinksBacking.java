package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.LinkChecker;
import al.rrjeti.library.application.LinkDirectory;
import al.rrjeti.library.domain.LinkCategory;
import al.rrjeti.library.domain.LinkDetails;
import al.rrjeti.library.domain.LinkEntry;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code library/links.xhtml} (everyone; editors also see dead links) and {@code library/links-edit.xhtml}. */
@Named("libraryLinksBacking")
@ViewScoped
public class LinksBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient LinkDirectory directory;

    @Inject
    private transient LinkChecker checker;

    @Inject
    private transient Permissions permissions;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient DateTimes dateTimes;

    @Inject
    private transient Messages messages;

    private transient Map<LinkCategory, List<LinkEntry>> groups;

    private Long id;
    private LinkCategory category;
    private String nameSq;
    private String nameEn;
    private String url;
    private String descriptionSq;
    private String descriptionEn;

    public Map<LinkCategory, List<LinkEntry>> getGroups() {
        if (groups == null) {
            groups = directory.byCategory();
        }
        return groups;
    }

    public List<LinkCategory> getCategories() {
        return List.copyOf(getGroups().keySet());
    }

    public List<LinkCategory> getAllCategories() {
        return List.of(LinkCategory.values());
    }

    public List<LinkEntry> getDead() {
        return isEditor() ? directory.dead() : List.of();
    }

    public boolean isEditor() {
        return permissions.may(LibraryModule.EDIT);
    }

    public boolean isCheckerOn() {
        return checker.isEnabled();
    }

    public int getDeadAfter() {
        return checker.deadAfter();
    }

    public String date(LinkEntry e) {
        return dateTimes.date(e.getLastChecked(), language.getLocale());
    }

    public String since(LinkEntry e) {
        return dateTimes.date(e.getDeadSince(), language.getLocale());
    }

    /** The editors' form: 403 for others; an existing link fills it. */
    public void loadForEditing() {
        if (!isEditor()) {
            Pages.forbidden();
            return;
        }
        if (id != null && nameSq == null) {
            try {
                LinkDetails d = directory.get(id).details();
                category = d.category();
                nameSq = d.nameSq();
                nameEn = d.nameEn();
                url = d.url();
                descriptionSq = d.descriptionSq();
                descriptionEn = d.descriptionEn();
            } catch (al.rrjeti.kernel.api.BusinessException e) {
                Pages.notFound();
            }
        }
    }

    public String save() {
        LinkDetails d = new LinkDetails(category, nameSq, nameEn, url, descriptionSq, descriptionEn);
        if (messages.attempt("link", () -> directory.save(id, d), "library.links.saved")) {
            return backToList();
        }
        return null;
    }

    public String remove(Long linkId) {
        if (messages.attempt("links", () -> directory.remove(linkId), "library.links.removed")) {
            return backToList();
        }
        return null;
    }

    public void check(Long linkId) {
        messages.attempt("links", () -> checker.checkNow(linkId), "library.links.checked");
        groups = null;
    }

    private static String backToList() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/library/links.xhtml?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LinkCategory getCategory() {
        return category;
    }

    public void setCategory(LinkCategory category) {
        this.category = category;
    }

    public String getNameSq() {
        return nameSq;
    }

    public void setNameSq(String nameSq) {
        this.nameSq = nameSq;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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
}
