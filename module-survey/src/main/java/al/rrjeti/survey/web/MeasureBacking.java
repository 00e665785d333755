package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.application.Keys;
import al.rrjeti.survey.application.MeasureResults;
import al.rrjeti.survey.application.MeasureService;
import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.Rating;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** {@code survey/measure.xhtml?id=}: one measure, its results as tables, and the caller's rating form. */
@Named("surveyMeasureBacking")
@ViewScoped
public class MeasureBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeasureService measures;

    @Inject
    private MeasureResults results;

    @Inject
    private Caller caller;

    @Inject
    private Permissions permissions;

    @Inject
    private Keys keys;

    @Inject
    private Messages messages;

    private Long id;
    private Measure measure;
    private MeasureResults.Results shown;
    private Integer effective;
    private Integer visible;
    private Integer trust;
    private String comment;
    private boolean filled;
    /** The page of shown comments (from 0), a view parameter. */
    private int page;
    private MeasureService.Comments comments;

    /** On the first view: 404 for an unknown measure, and the caller's own rating in the form. */
    public void load() {
        measure = Pages.read(() -> measures.get(id), caller.isLoggedIn());
        if (measure != null && !filled) {
            Optional<Rating> mine = measures.mine(id);
            mine.ifPresent(r -> {
                effective = r.getEffective();
                visible = r.getVisible();
                trust = r.getTrust();
                comment = r.getComment();
            });
        }
    }

    public void rate() {
        filled = true;
        messages.attempt("rate", () -> measures.rate(id, new MeasureService.Given(value(effective), value(visible),
                value(trust), comment)), "survey.measure.rated");
        shown = null;
    }

    private static int value(Integer v) {
        return v == null ? 0 : v;
    }

    public Measure getMeasure() {
        if (measure == null && id != null) {
            try {
                measure = measures.get(id);
            } catch (al.rrjeti.kernel.api.BusinessException e) {
                return null;
            }
        }
        return measure;
    }

    public MeasureResults.Results getResults() {
        if (shown == null && getMeasure() != null) {
            shown = results.of(getMeasure());
        }
        return shown;
    }

    /** The page of comments moderators let through, newest first. */
    public MeasureService.Comments getComments() {
        if (comments == null && getMeasure() != null) {
            comments = measures.comments(id, page);
        }
        return comments;
    }

    public String getPage() {
        return page == 0 ? null : Integer.toString(page);
    }

    /** Anything but a page number (typed or tampered with) is the first page. */
    public void setPage(String page) {
        try {
            this.page = page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            this.page = 0;
        }
    }

    public List<Aspect> getAspects() {
        return List.of(Aspect.values());
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public boolean isMayRate() {
        return permissions.may(SurveyModule.RATE);
    }

    public boolean isRated() {
        return keys.available() && measures.mine(id).isPresent();
    }

    public boolean isAvailable() {
        return keys.available();
    }

    public boolean isMayEdit() {
        return permissions.may(SurveyModule.EDIT_MEASURES);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getEffective() {
        return effective;
    }

    public void setEffective(Integer effective) {
        this.effective = effective;
    }

    public Integer getVisible() {
        return visible;
    }

    public void setVisible(Integer visible) {
        this.visible = visible;
    }

    public Integer getTrust() {
        return trust;
    }

    public void setTrust(Integer trust) {
        this.trust = trust;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
