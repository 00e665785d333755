package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.text.Markdown;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.GuideService;
import al.rrjeti.library.domain.Guide;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code library/guides/}: the list, one guide, and the editors' form. */
@Named("libraryGuidesBacking")
@ViewScoped
public class GuidesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient GuideService guides;

    @Inject
    private transient Markdown markdown;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient Permissions permissions;

    @Inject
    private transient Messages messages;

    private String code;
    private String titleSq;
    private String titleEn;
    private String bodySq;
    private String bodyEn;

    public List<Guide> getAll() {
        return guides.all();
    }

    public Guide getOpened() {
        return code == null ? null : guides.find(code).orElse(null);
    }

    /** 404 for an unknown guide. */
    public void load() {
        if (getOpened() == null) {
            Pages.notFound();
        }
    }

    /** The editors' form starts from the guide as it is; 403 for staff who are not editors. */
    public void loadForEditing() {
        if (!permissions.may(LibraryModule.EDIT)) {
            Pages.forbidden();
            return;
        }
        load();
        Guide g = getOpened();
        if (g != null && titleSq == null) {
            titleSq = g.getTitle().getSq();
            titleEn = g.getTitle().getEn();
            bodySq = g.getBody().getSq();
            bodyEn = g.getBody().getEn();
        }
    }

    public String html(Guide g) {
        return markdown.toHtml(g.getBody().in(language.getLocale()));
    }

    public boolean isEditor() {
        return permissions.may(LibraryModule.EDIT);
    }

    public String save() {
        if (messages.attempt("guide", () -> guides.edit(code, titleSq, titleEn, bodySq, bodyEn), "library.guide.saved")) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/library/guides/guide.xhtml?faces-redirect=true&code=" + code;
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
