package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.survey.application.Folding;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Results read while their computation is held up (as by submissions holding the rows it reads
 * locked) come from the last computed ones, and the page and JSON built from them are not kept by
 * the page cache: once the computation is done, anonymous readers see the new results although no
 * further change comes.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyStaleResultsIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/survey-it";

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    /** Run by hand: results count what has been folded into the tallies. */
    @Inject
    private Folding folding;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @PersistenceContext(unitName = "rrjeti-survey")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private final HttpClient client = HttpSession.newClient();

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    private void answer(Survey s) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        Long question = answering.questions(s.getId()).get(0).getId();
        answering.submit(s.getId(), new HashMap<>(Map.of(question, Given.choice(answering.choices(s.getId()).get(0).getId()))));
        folding.now();
        ActingUser.actAs(null);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    /** Reads until the answer shows {@code expected}, for at most 15 s; the last answer. */
    private HttpResponse<String> until(String path, String expected) throws Exception {
        long end = System.nanoTime() + 15_000_000_000L;
        HttpResponse<String> r = get(path);
        while (!r.body().contains(expected) && System.nanoTime() < end) {
            Thread.sleep(100);
            r = get(path);
        }
        return r;
    }

    /** An open survey of one yes-or-no question, made by an editor. */
    private Survey yesOrNo(String prefix) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        BilingualText t = BilingualText.of("Pyetje", "Question");
        Survey s = building.create(new SurveyDef(prefix + "-" + Long.toString(System.nanoTime(), 36), t, null,
                clock.now().minusSeconds(60), null, List.of(new QuestionDef("yes", QuestionKind.SINGLE, true, t, null,
                        null, null, List.of(BilingualText.of("Po", "Yes"), BilingualText.of("Jo", "No")), null, null,
                        null))));
        ActingUser.actAs(null);
        return s;
    }

    @Test
    void aPageFromStaleResultsIsNotKeptByThePageCache() throws Exception {
        Survey s = yesOrNo("vonese");
        answer(s);
        String page = "/survey/results.xhtml?id=" + s.getId();
        String json = "/api/survey/surveys/" + s.getId() + "/results";
        HttpResponse<String> fresh = get(page);
        assertThat(fresh.body()).contains("Përgjigje gjithsej: 1");
        assertThat(get(page).headers().firstValue("ETag")).as("a fresh page is kept")
                .isEqualTo(fresh.headers().firstValue("ETag"));
        assertThat(get(json).body()).contains("\"responses\":1");

        answer(s);
        tx.begin();
        try {
            // Holds the question rows the computation reads, as a submission's transaction does.
            em.createQuery("UPDATE Question q SET q.answered = q.answered WHERE q.surveyId = :s")
                    .setParameter("s", s.getId()).executeUpdate();
            for (String path : List.of(page, page, json, json)) {
                HttpResponse<String> stale = get(path);
                assertThat(stale.body()).as("the last computed results: " + path)
                        .contains(path.equals(page) ? "Përgjigje gjithsej: 1" : "\"responses\":1");
                assertThat(stale.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                        c -> assertThat(c).contains("no-store"));
                assertThat(stale.headers().firstValue("ETag")).as("not kept: " + path).isEmpty();
            }
        } finally {
            tx.rollback();
        }

        assertThat(until(page, "Përgjigje gjithsej: 2").body()).as("no stale page left in the cache")
                .contains("Përgjigje gjithsej: 2");
        assertThat(until(json, "\"responses\":2").body()).contains("\"responses\":2");
        HttpResponse<String> kept = get(page);
        assertThat(kept.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .doesNotContain("no-store"));
        assertThat(get(page).headers().firstValue("ETag")).as("fresh again, kept again")
                .isEqualTo(kept.headers().firstValue("ETag"));
    }

    /**
     * The questions' tables and charts are rendered once and kept with the results; each page still
     * carries its own Content-Security-Policy nonce in every script, the kept charts' included (a
     * script with another response's nonce would not run).
     */
    @Test
    void keptChartsCarryEachPagesOwnNonce() throws Exception {
        Survey s = yesOrNo("nonce");
        answer(s);
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            // A new address each time: rendered for this response, not served from the page cache.
            HttpResponse<String> r = get("/survey/results.xhtml?id=" + s.getId() + "&r=" + i + System.nanoTime());
            java.util.regex.Matcher policy = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                    .matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
            assertThat(policy.find()).as("the page's policy names its nonce").isTrue();
            String nonce = policy.group(1);
            assertThat(r.body()).as("the chart is on the page").contains("questions:0:optionsChart");
            java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(r.body());
            int n = 0;
            while (scripts.find()) {
                assertThat(scripts.group(1)).as("every script's nonce is this page's").isEqualTo(nonce);
                n++;
            }
            assertThat(n).as("scripts on the page").isPositive();
            assertThat(r.body()).as("the chart's script").containsPattern(
                    "<script[^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\"[^>]*>[^<]*questions:0:optionsChart");
            nonces.add(nonce);
        }
        assertThat(nonces).as("a nonce of its own for each page").hasSize(3);
    }
}
