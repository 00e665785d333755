package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.application.ResultsMemory;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.domain.RespondentGroup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code survey/results.xhtml?id=}: a survey's results per question, as tables and charts, for
 * everyone or one group. The results, the charts' data and the page's tables and charts (as markup,
 * see {@link KeptMarkup}) come from memory, made once per change of the survey's content (not per
 * reader).
 */
@Named("surveyResultsBacking")
@RequestScoped
public class ResultsBacking {

    @Inject
    private SurveyResults results;

    @Inject
    private SurveyCharts charts;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Caller caller;

    private Long id;
    private String group;
    private ResultsMemory.Kept shown;

    public void load() {
        shown = Pages.read(() -> results.kept(id, chosen()), caller.isLoggedIn());
        unlessStale();
    }

    /**
     * Results behind a change still being computed are shown to this reader only: the page cache
     * would keep them past the computation (until the next change, which may never come).
     */
    private void unlessStale() {
        if (shown != null && shown.stale()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control",
                    SurveyResults.NOT_KEPT);
        }
    }

    /** The group asked for in the address; anything else is everyone. */
    private RespondentGroup chosen() {
        return java.util.Arrays.stream(RespondentGroup.filters()).filter(g -> g.key().equals(group)).findFirst()
                .orElse(null);
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public SurveyResults.Results getResults() {
        if (shown == null && id != null) {
            try {
                shown = results.kept(id, chosen());
                unlessStale();
            } catch (BusinessException e) {
                return null;
            }
        }
        return shown == null ? null : shown.results();
    }

    /** The results shown with what is kept of them ({@link KeptMarkup} keeps the page's tables there). */
    public ResultsMemory.Kept getKept() {
        return getResults() == null ? null : shown;
    }

    /** The reader's language: what, besides the results, the kept markup depends on. */
    public String getLanguage() {
        return language.getCode();
    }

    /**
     * A question's chart ({@code options}, {@code matrix} or {@code values}: see {@link SurveyCharts}),
     * in the reader's language, made once for as long as the results are kept.
     */
    public String chart(String kind, SurveyResults.QuestionResult q) {
        if (getResults() == null) {
            return null;
        }
        return shown.derive("chart/" + language.getCode() + "/" + kind + "/" + q.question().getId(), () -> switch (kind) {
            case "options" -> charts.options(q);
            case "matrix" -> charts.matrix(q);
            case "values" -> charts.values(q);
            default -> throw new IllegalArgumentException(kind);
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
