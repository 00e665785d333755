package al.rrjeti.survey.application;

import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The public surveys, for the index page and the REST list. */
@ApplicationScoped
public class SurveyCatalogue {

    @Inject
    private SurveyRepository surveys;

    public List<Survey> published() {
        return surveys.published();
    }
}
