package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.application.SurveyResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code survey/results.xhtml?id=}: a survey's results per question, as tables. */
@Named("surveyResultsBacking")
@RequestScoped
public class ResultsBacking {

    @Inject
    private SurveyResults results;

    @Inject
    private Caller caller;

    private Long id;
    private SurveyResults.Results shown;

    public void load() {
        shown = Pages.read(() -> results.of(id), caller.isLoggedIn());
    }

    public SurveyResults.Results getResults() {
        if (shown == null && id != null) {
            try {
                shown = results.of(id);
            } catch (BusinessException e) {
                return null;
            }
        }
        return shown;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
