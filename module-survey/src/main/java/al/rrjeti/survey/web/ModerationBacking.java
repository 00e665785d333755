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

/**
 * {@code survey/moderation.xhtml}: moderators decide which free-text answers the results show, and
 * which comments given with ratings their measures' pages show.
 */
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
    private List<TextModeration.PendingComment> comments;

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

    /** The waiting comments as the page shows them (no rating entity, so no rater's key, reaches the page). */
    public List<TextModeration.PendingComment> getComments() {
        if (comments == null) {
            comments = moderation.pendingComments();
        }
        return comments;
    }

    public void decideComment(Long ratingId, long version, boolean approve) {
        messages.attempt("moderation", () -> moderation.decideComment(ratingId, version, approve),
                "survey.moderation.done");
        comments = null;
    }

    public void decide(String answerId, boolean approve) {
        messages.attempt("moderation", () -> moderation.decide(answerId, approve), "survey.moderation.done");
        pending = null;
    }
}
