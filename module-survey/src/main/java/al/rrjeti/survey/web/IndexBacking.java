package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.application.MeasureResults;
import al.rrjeti.survey.application.SurveyCatalogue;
import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Survey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code survey/index.xhtml}: the surveys and the scorecard of measures. */
@Named("surveyIndexBacking")
@RequestScoped
public class IndexBacking {

    @Inject
    private SurveyCatalogue catalogue;

    @Inject
    private MeasureResults results;

    @Inject
    private Permissions permissions;

    @Inject
    private PlatformClock clock;

    @Inject
    private al.rrjeti.survey.application.SurveyBuilding building;

    private java.util.Set<Long> editable;

    private List<Survey> surveys;
    private List<MeasureResults.Row> scorecard;

    public List<Survey> getSurveys() {
        if (surveys == null) {
            surveys = catalogue.published();
        }
        return surveys;
    }

    /** The surveys taking answers now (the home page's widget). */
    public List<Survey> getOpen() {
        return getSurveys().stream().filter(s -> s.isOpenAt(clock.now())).toList();
    }

    public List<MeasureResults.Row> getScorecard() {
        if (scorecard == null) {
            scorecard = results.scorecard();
        }
        return scorecard;
    }

    public List<MeasureResults.Institution> getInstitutions() {
        return results.byInstitution();
    }

    public List<Aspect> getAspects() {
        return List.of(Aspect.values());
    }

    /** open, closed or upcoming. */
    public String state(Survey s) {
        return s.isOpenAt(clock.now()) ? "open" : s.isClosedAt(clock.now()) ? "closed" : "upcoming";
    }

    /** Whether the caller builds surveys (editors; members of a verified CSO). */
    public boolean isMayBuild() {
        return building.buildsForPlatform() || !building.buildsFor().isEmpty();
    }

    /** Whether the caller may change this survey. */
    public boolean editable(Survey s) {
        if (editable == null) {
            editable = isMayBuild() ? building.mine().stream().map(Survey::getId).collect(java.util.stream.Collectors.toSet())
                    : java.util.Set.of();
        }
        return editable.contains(s.getId());
    }

    public boolean isMayEdit() {
        return permissions.may(SurveyModule.EDIT_MEASURES);
    }
}
