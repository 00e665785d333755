package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.application.TextModeration;
import al.rrjeti.survey.domain.Answer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code survey/moderation.xhtml}: moderators decide which free-text answers the results show. */
@Named("surveyModerationBacking")
@RequestScoped
public class ModerationBacking {

    @Inject
    private TextModeration moderation;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private Messages messages;

    private List<Answer> pending;

    public void requireModerator() {
        if (!permissions.may(SurveyModule.MODERATE)) {
            Pages.refuse(caller.isLoggedIn());
        }
    }

    public List<Answer> getPending() {
        if (pending == null) {
            pending = moderation.pending();
        }
        return pending;
    }

    public al.rrjeti.survey.domain.Question question(Answer a) {
        return moderation.question(a);
    }

    public void decide(String answerId, boolean approve) {
        messages.attempt("moderation", () -> moderation.decide(answerId, approve), "survey.moderation.done");
        pending = null;
    }
}
