package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Free-text answers wait here until a moderator lets them be shown in the results, or not. */
@ApplicationScoped
public class TextModeration {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private Audit audit;

    public List<Answer> pending() {
        permissions.require(SurveyModule.MODERATE);
        return surveys.pendingTexts(100);
    }

    /** The question a text answers, for the moderator to read it in context. */
    public Question question(Answer a) {
        return surveys.question(a.getQuestionId()).orElseThrow();
    }

    public long countPending() {
        return surveys.countPendingTexts();
    }

    /** Lets a text be shown (approve) or keeps it hidden for good. */
    @Transactional
    public void decide(String answerId, boolean approve) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.MODERATE);
        Answer a = surveys.answer(answerId).filter(x -> x.getTextStatus() == Answer.TextStatus.PENDING)
                .orElseThrow(() -> new BusinessException("survey.moderation.gone"));
        a.moderate(approve);
        audit.record(caller.auditName(), approve ? "survey.text.approved" : "survey.text.rejected",
                "answer " + answerId, null);
    }
}
