package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.domain.RespondentGroup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code survey/results.xhtml?id=}: a survey's results per question, as tables and charts, for everyone or one group. */
@Named("surveyResultsBacking")
@RequestScoped
public class ResultsBacking {

    @Inject
    private SurveyResults results;

    @Inject
    private Caller caller;

    private Long id;
    private String group;
    private SurveyResults.Results shown;

    public void load() {
        shown = Pages.read(() -> results.of(id, chosen()), caller.isLoggedIn());
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
                shown = results.of(id, chosen());
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
