package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.MeasureRepository;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.Rating;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey module's one moderation queue ({@link SurveyModule#TEXTS_QUEUE}): free-text answers
 * wait here until a moderator lets them be shown in the results, or not, and so do the comments
 * given with ratings of measures, before their measure's page shows them. A comment changed by its
 * author waits again; a decision is taken on the text the moderator read (a comment changed
 * meanwhile is not decided).
 */
@ApplicationScoped
public class TextModeration {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private MeasureRepository measures;

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

    /** Free-text answers and comments waiting for a moderator. */
    public long countPending() {
        return surveys.countPendingTexts() + measures.countPendingComments();
    }

    /**
     * A comment waiting for a moderator, as the moderator reads it: the measure it is about, its day,
     * the rating given with it and its text, and what deciding on it needs (the rating's id and the
     * version read). Never the rating's key (the keyed hash of its author): that stays in the
     * application layer.
     */
    public record PendingComment(Long ratingId, long version, BilingualText measureTitle, LocalDate day,
            int effective, int visible, int trust, String text) {
    }

    /** Comments given with ratings, waiting for a moderator, the newest hundred (the menu counts them all). */
    public List<PendingComment> pendingComments() {
        permissions.require(SurveyModule.MODERATE);
        Map<Long, BilingualText> titles = new HashMap<>();
        return measures.pendingComments(100).stream().map(r -> new PendingComment(r.getId(), r.getRowVersion(),
                titles.computeIfAbsent(r.getMeasureId(), id -> measures.find(id).map(Measure::getTitle).orElseThrow()),
                r.getCommentedOn(), r.getEffective(), r.getVisible(), r.getTrust(), r.getComment())).toList();
    }

    /**
     * Lets a comment be shown on its measure's page (approve) or keeps it hidden. {@code version} is
     * that of the rating the moderator read: if its author changed it since, nothing is decided.
     *
     * @throws BusinessException {@code survey.moderation.gone} when the comment is no longer waiting as read
     */
    @Transactional
    public void decideComment(Long ratingId, long version, boolean approve) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.MODERATE);
        Rating r = measures.rating(ratingId)
                .filter(x -> x.getCommentStatus() == Answer.TextStatus.PENDING && x.getRowVersion() == version)
                .orElseThrow(() -> new BusinessException("survey.moderation.gone"));
        r.moderateComment(approve);
        audit.record(caller.auditName(), approve ? "survey.comment.approved" : "survey.comment.rejected",
                "rating " + ratingId, null);
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
