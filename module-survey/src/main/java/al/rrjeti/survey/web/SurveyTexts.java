package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.i18n.ModuleTexts;
import al.rrjeti.survey.SurveyModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The survey module's own texts in the reader's language, for pages ({@code #{surveyTexts['key']}}) and beans. */
@Named("surveyTexts")
@RequestScoped
public class SurveyTexts extends ModuleTexts {

    @Override
    protected String bundle() {
        return SurveyModule.MESSAGES;
    }
}
