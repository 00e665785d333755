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
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.application.TextModeration;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Survey;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV and JSON results by respondent group (small groups withheld as on the page), and results kept
 * in memory never outliving a submission or a moderation decision: in the service, the JSON, the
 * CSV and the page anonymous readers get from the kernel's page cache.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyExportIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/survey-it";

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    /** Run by hand: results count what has been folded into the tallies. */
    @Inject
    private Folding folding;

    @Inject
    private SurveyResults results;

    @Inject
    private TextModeration moderation;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    private final HttpSession http = new HttpSession(BASE);

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
    }

    private Survey survey() {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        BilingualText t = BilingualText.of("Pyetje", "Question");
        Survey s = building.create(new SurveyDef("eksport-" + Long.toString(System.nanoTime(), 36), t, null,
                clock.now().minusSeconds(60), null, List.of(
                        new QuestionDef("yes", QuestionKind.SINGLE, true, BilingualText.of("A po?", "Yes?"), null, null,
                                null, List.of(BilingualText.of("Po", "Yes"), BilingualText.of("Jo", "No")), null, null,
                                null),
                        new QuestionDef("why", QuestionKind.SHORT_TEXT, false, BilingualText.of("Pse?", "Why?"), null,
                                null, null, null, null, null, null))));
        ActingUser.actAs(null);
        return s;
    }

    private void answer(Survey s, Role role, int option, String why) {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, role.key(), role));
        List<Choice> options = answering.choices(s.getId());
        Map<Long, Given> a = new HashMap<>();
        a.put(answering.questions(s.getId()).get(0).getId(), Given.choice(options.get(option).getId()));
        if (why != null) {
            a.put(answering.questions(s.getId()).get(1).getId(), Given.text(why));
        }
        answering.submit(s.getId(), a);
        folding.now();
        ActingUser.actAs(null);
    }

    /** The CSV's lines (texts quoted, numbers bare). */
    private List<String> csv(Survey s, String query) throws Exception {
        HttpResponse<String> r = http.get("/api/survey/surveys/" + s.getId() + "/results.csv" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        return r.body().lines().toList();
    }

    @Test
    void csvAndJsonByGroupWithholdSmallGroupsAsThePageDoes() throws Exception {
        Survey s = survey();
        for (int i = 0; i < 5; i++) {
            answer(s, Role.CITIZEN, 0, null);
        }
        for (int i = 0; i < 6; i++) {
            answer(s, Role.BUSINESS, i < 2 ? 0 : 1, null);
        }

        List<String> all = csv(s, "");
        assertThat(all.get(0)).isEqualTo("\uFEFFgroup,question,question_sq,question_en,item_sq,item_en,answer_sq,"
                + "answer_en,value,answers,percent");
        assertThat(all).contains("all,\"yes\",\"A po?\",\"Yes?\",,,\"Po\",\"Yes\",,7,63.6",
                "all,\"yes\",\"A po?\",\"Yes?\",,,\"Jo\",\"No\",,4,36.4");
        assertThat(csv(s, "?group=citizen")).containsExactly(all.get(0),
                "citizen,\"yes\",\"A po?\",\"Yes?\",,,\"Po\",\"Yes\",,5,100.0",
                "citizen,\"yes\",\"A po?\",\"Yes?\",,,\"Jo\",\"No\",,0,0.0");
        assertThat(csv(s, "?group=business")).contains("business,\"yes\",\"A po?\",\"Yes?\",,,\"Po\",\"Yes\",,2,33.3",
                "business,\"yes\",\"A po?\",\"Yes?\",,,\"Jo\",\"No\",,4,66.7");
        assertThat(csv(s, "?group=member")).as("no member: withheld, the header only").containsExactly(all.get(0));
        assertThat(http.get("/api/survey/surveys/" + s.getId() + "/results.csv?group=friends").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/survey/surveys/999999999/results.csv?group=citizen").statusCode()).isEqualTo(404);

        String members = http.get("/api/survey/surveys/" + s.getId() + "/results?group=member").body();
        assertThat(members).contains("\"withheld\":true").contains("\"questions\":[]").doesNotContain("\"answers\"");
        String citizens = http.get("/api/survey/surveys/" + s.getId() + "/results?group=citizen").body();
        assertThat(citizens).contains("\"group\":\"citizen\"", "\"responses\":5", "\"withheld\":false");

        String page = http.get("/survey/results.xhtml?id=" + s.getId() + "&group=citizen&lang=en").body();
        assertThat(page).contains("results.csv?group=citizen");
    }

    @Test
    void keptResultsGoWithTheNextSubmissionAndModerationDecision() throws Exception {
        Survey s = survey();
        for (int i = 0; i < 5; i++) {
            answer(s, Role.CITIZEN, 0, null);
        }
        SurveyResults.Results before = results.of(s.getId(), RespondentGroup.CITIZEN);
        assertThat(results.of(s.getId(), RespondentGroup.CITIZEN)).as("kept between readers").isSameAs(before);
        assertThat(csv(s, "?group=citizen")).contains("citizen,\"yes\",\"A po?\",\"Yes?\",,,\"Po\",\"Yes\",,5,100.0");
        String pagePath = "/survey/results.xhtml?id=" + s.getId() + "&group=citizen&lang=en";
        assertThat(http.get(pagePath).body()).contains("5 responses");

        answer(s, Role.CITIZEN, 1, "Sepse po.");
        assertThat(results.of(s.getId(), RespondentGroup.CITIZEN).responses()).isEqualTo(6);
        assertThat(csv(s, "?group=citizen")).contains("citizen,\"yes\",\"A po?\",\"Yes?\",,,\"Po\",\"Yes\",,5,83.3",
                "citizen,\"yes\",\"A po?\",\"Yes?\",,,\"Jo\",\"No\",,1,16.7");
        assertThat(http.get(pagePath).body()).contains("6 responses").doesNotContain("Sepse po.");
        assertThat(http.get("/api/survey/surveys/" + s.getId() + "/results").body()).doesNotContain("Sepse po.");

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "moderator", Role.MODERATOR));
        Answer text = moderation.pending().stream().filter(a -> "Sepse po.".equals(a.getText())).findFirst()
                .orElseThrow();
        moderation.decide(text.getId(), true);
        ActingUser.actAs(null);
        assertThat(results.of(s.getId()).questions().get(1).texts()).containsExactly("Sepse po.");
        assertThat(http.get(pagePath).body()).contains("Sepse po.");
        assertThat(http.get("/api/survey/surveys/" + s.getId() + "/results").body()).contains("Sepse po.");
    }
}
