package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.survey.application.MeasureService;
import al.rrjeti.survey.application.MeasureService.Comment;
import al.rrjeti.survey.application.MeasureService.Given;
import al.rrjeti.survey.application.MeasureService.MeasureForm;
import al.rrjeti.survey.application.TextModeration;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.Rating;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rating's comment on its measure's page: shown only once a moderator let it through (the
 * survey's moderation queue), newest first with the rating and the day and nobody's name, hidden
 * again when changed, never when rejected, and always as text.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyCommentsIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/survey-it";

    @Inject
    private MeasureService measures;

    @Inject
    private TextModeration moderation;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @Inject
    private al.rrjeti.kernel.api.i18n.DateTimes dateTimes;

    /** Finds a waiting comment by its text (the queue page shows only the oldest hundred, and test data stays). */
    @jakarta.persistence.PersistenceContext(unitName = "rrjeti-survey")
    private jakarta.persistence.EntityManager em;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private Measure measure() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        String title = "Komente " + Long.toString(System.nanoTime(), 36);
        Measure m = measures.create(new MeasureForm("Ministria e Drejtësisë", "Ministry of Justice", title,
                "Comments " + title, null, null, LocalDate.of(2025, 1, 1), null, null));
        ActingUser.actAs(null);
        return m;
    }

    /** The waiting comment with this text, as a moderator reads it. */
    private Rating waiting(String text) {
        em.clear();
        return em.createQuery("SELECT r FROM Rating r WHERE r.comment = :t AND r.commentStatus = :p"
                + " ORDER BY r.id DESC", Rating.class).setParameter("t", text)
                .setParameter("p", al.rrjeti.survey.domain.Answer.TextStatus.PENDING).setMaxResults(1)
                .getSingleResult();
    }

    /** The moderator's decision on the comment of this text, as they read it. */
    private void decide(String text, boolean approve) {
        Rating r = waiting(text);
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "moderator", Role.MODERATOR));
        moderation.decideComment(r.getId(), r.getRowVersion(), approve);
        ActingUser.actAs(null);
    }

    /** The citizen rates the measure (a comment with it or none), then nobody acts any more. */
    private void rateAs(String citizen, Measure m, Given given) {
        ActingUser.actAs(citizen);
        try {
            measures.rate(m.getId(), given);
        } finally {
            ActingUser.actAs(null);
        }
    }

    private static String page(Measure m, String lang) throws Exception {
        return new HttpSession(BASE).get("/survey/measure.xhtml?id=" + m.getId() + "&lang=" + lang).body();
    }

    @Test
    void aCommentIsShownOnlyAfterApprovalAndHiddenAgainWhenChanged() throws Exception {
        Measure m = measure();
        String citizen = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
        rateAs(citizen, m, new Given(4, 2, 3, "  Ka ndryshuar diçka në gjykata.  "));
        assertThat(measures.comments(m.getId(), 0).shown()).as("waiting for a moderator").isEmpty();
        assertThat(page(m, "en")).doesNotContain("Ka ndryshuar diçka").contains("No reviewed comment yet.");
        assertThat(moderation.countPending()).as("in the survey's one moderation queue").isPositive();

        decide("Ka ndryshuar diçka në gjykata.", true);
        assertThat(measures.comments(m.getId(), 0).shown()).containsExactly(
                new Comment("Ka ndryshuar diçka në gjykata.", LocalDate.ofInstant(clock.now(), dateTimes.zone()),
                        4, 2, 3));
        String shown = page(m, "sq");
        assertThat(shown).contains("Ka ndryshuar diçka në gjykata.")
                .contains("Vlerësimi: efektive 4, e dukshme 2, besim 3 (nga 1 deri në 5)");
        assertThat(shown).as("nobody's name: the page does not know whose it is").doesNotContain("Prova citizen");

        rateAs(citizen, m, new Given(5, 2, 3, "Ka ndryshuar diçka në gjykata."));
        assertThat(measures.comments(m.getId(), 0).shown()).as("the same comment with a new rating stays shown")
                .extracting(Comment::effective).containsExactly(5);

        rateAs(citizen, m, new Given(5, 2, 3, "Tani mendoj ndryshe."));
        assertThat(measures.comments(m.getId(), 0).shown()).as("a changed comment waits again").isEmpty();
        assertThat(page(m, "sq")).doesNotContain("Tani mendoj ndryshe.").doesNotContain("Ka ndryshuar diçka");
        decide("Tani mendoj ndryshe.", true);
        assertThat(measures.comments(m.getId(), 0).shown()).extracting(Comment::text)
                .containsExactly("Tani mendoj ndryshe.");

        rateAs(citizen, m, new Given(5, 2, 3, null));
        assertThat(measures.comments(m.getId(), 0).shown()).as("a comment taken away is gone").isEmpty();
    }

    @Test
    void aRejectedCommentIsNeverShownAndADecisionOnAChangedCommentIsRefused() throws Exception {
        Measure m = measure();
        String citizen = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
        rateAs(citizen, m, new Given(1, 1, 1, "Fyerje për dikë."));
        assertThatThrownBy(() -> moderation.pendingComments()).isInstanceOf(AccessDeniedException.class);
        decide("Fyerje për dikë.", false);
        assertThat(measures.comments(m.getId(), 0).shown()).isEmpty();
        assertThat(page(m, "en")).doesNotContain("Fyerje për dikë.");
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "moderator", Role.MODERATOR));
        assertThat(moderation.pendingComments()).extracting(TextModeration.PendingComment::text).doesNotContain("Fyerje për dikë.");
        ActingUser.actAs(null);
        String tag = Long.toString(System.nanoTime(), 36);

        ActingUser.actAs(citizen);
        measures.rate(m.getId(), new Given(1, 1, 1, "Një koment i parë " + tag + "."));
        Rating read = waiting("Një koment i parë " + tag + ".");
        measures.rate(m.getId(), new Given(1, 1, 1, "Një koment tjetër " + tag + ", pa e lexuar moderatori."));
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "moderator", Role.MODERATOR));
        assertThatThrownBy(() -> moderation.decideComment(read.getId(), read.getRowVersion(), true))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.moderation.gone"));
        ActingUser.actAs(null);
        assertThat(measures.comments(m.getId(), 0).shown()).as("not approved unread").isEmpty();
        decide("Një koment tjetër " + tag + ", pa e lexuar moderatori.", false);
    }

    @Test
    void aScriptTypedInACommentIsShownAsText() throws Exception {
        Measure m = measure();
        String script = "<script>alert('rrjeti')</script><b>trashë</b>";
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        measures.rate(m.getId(), new Given(3, 3, 3, script));
        ActingUser.actAs(null);
        decide(script, true);
        String page = page(m, "en");
        assertThat(page).contains("&lt;script&gt;alert(").contains("&lt;b&gt;trashë&lt;/b&gt;")
                .doesNotContain("<script>alert(").doesNotContain("<b>trashë</b>");
    }

    @Test
    void commentsArePagedNewestFirst() throws Exception {
        Measure m = measure();
        int n = MeasureService.COMMENTS_PER_PAGE + 2;
        for (int i = 0; i < n; i++) {
            ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
            measures.rate(m.getId(), new Given(1 + i % 5, 3, 3, "Koment numër " + i + "."));
            ActingUser.actAs(null);
            decide("Koment numër " + i + ".", true);
            clock.advance(Duration.ofDays(1));
        }
        MeasureService.Comments first = measures.comments(m.getId(), 0);
        assertThat(first.shown()).hasSize(MeasureService.COMMENTS_PER_PAGE);
        assertThat(first.shown().get(0).text()).isEqualTo("Koment numër " + (n - 1) + ".");
        assertThat(first.newer()).isFalse();
        assertThat(first.older()).isTrue();
        MeasureService.Comments second = measures.comments(m.getId(), 1);
        assertThat(second.shown()).extracting(Comment::text).containsExactly("Koment numër 1.", "Koment numër 0.");
        assertThat(second.newer()).isTrue();
        assertThat(second.older()).isFalse();
        String page = new HttpSession(BASE).get("/survey/measure.xhtml?id=" + m.getId() + "&page=1&lang=en").body();
        assertThat(page).contains("Koment numër 0.").doesNotContain("Koment numër " + (n - 1) + ".")
                .contains("Newer comments");
        assertThat(new HttpSession(BASE).get("/survey/measure.xhtml?id=" + m.getId() + "&page=x").statusCode())
                .as("a tampered page number is the first page").isEqualTo(200);
        List<Comment> all = measures.comments(m.getId(), 0).shown();
        assertThat(all.get(0).day()).isAfter(all.get(all.size() - 1).day());
    }
}
