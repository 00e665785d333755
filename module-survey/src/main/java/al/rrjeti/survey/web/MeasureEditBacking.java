package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.application.MeasureService;
import al.rrjeti.survey.application.MeasureService.MeasureForm;
import al.rrjeti.survey.domain.Measure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** {@code survey/measure-edit.xhtml[?id=]}: editors add a measure or correct one. */
@Named("surveyMeasureEditBacking")
@RequestScoped
public class MeasureEditBacking {

    @Inject
    private MeasureService measures;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private Messages messages;

    private Long id;
    private String institutionSq;
    private String institutionEn;
    private String titleSq;
    private String titleEn;
    private String descriptionSq;
    private String descriptionEn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String sources;

    /** Editors only; an existing measure's values fill the form. */
    public void load() {
        if (!permissions.may(SurveyModule.EDIT_MEASURES)) {
            Pages.refuse(caller.isLoggedIn());
            return;
        }
        if (id != null) {
            Measure m = Pages.read(() -> measures.get(id), true);
            if (m != null) {
                institutionSq = m.getInstitution().getSq();
                institutionEn = m.getInstitution().getEn();
                titleSq = m.getTitle().getSq();
                titleEn = m.getTitle().getEn();
                descriptionSq = m.getDescription().getSq();
                descriptionEn = m.getDescription().getEn();
                startsOn = m.getStartsOn();
                endsOn = m.getEndsOn();
                sources = m.getSources();
            }
        }
    }

    public void save() {
        MeasureForm form = new MeasureForm(institutionSq, institutionEn, titleSq, titleEn, descriptionSq, descriptionEn,
                startsOn, endsOn, sources);
        Long[] saved = {id};
        if (messages.attempt("measure", () -> {
            if (id == null) {
                saved[0] = measures.create(form).getId();
            } else {
                measures.update(id, form);
            }
        }, "survey.measure.saved")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/survey/measure.xhtml?id=" + saved[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getInstitutionSq() {
        return institutionSq;
    }

    public void setInstitutionSq(String v) {
        this.institutionSq = v;
    }

    public String getInstitutionEn() {
        return institutionEn;
    }

    public void setInstitutionEn(String v) {
        this.institutionEn = v;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String v) {
        this.titleSq = v;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String v) {
        this.titleEn = v;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String v) {
        this.descriptionSq = v;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String v) {
        this.descriptionEn = v;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate v) {
        this.startsOn = v;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate v) {
        this.endsOn = v;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String v) {
        this.sources = v;
    }
}
