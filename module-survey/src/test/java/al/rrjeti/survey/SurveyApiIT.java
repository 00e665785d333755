package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.OpenApiContract;
import al.rrjeti.kernel.testing.TestPorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The survey's REST contract as served at {@code /openapi}, and the survey's real answers held to it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class SurveyApiIT {

    @ArquillianResource
    private URL app;

    @Test
    void theSurveysOperationsFollowTheContractAndAnswerAsDocumented() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "survey")
                .assertFollowsTheRules("http://localhost:" + TestPorts.HTTP + "/survey-it");
        assertThat(contract.api().getPaths()).containsKeys("/api/survey/surveys", "/api/survey/surveys/{id}/results",
                "/api/survey/surveys/{id}/results.csv", "/api/survey/measures");
        assertThat(contract.api().getComponents().getSchemas().get("SurveyResults").getProperties())
                .as("the results' schema is typed").containsKeys("survey", "questions", "group", "withheld");

        HttpSession anonymous = new HttpSession(app.toExternalForm());
        HttpResponse<String> list = anonymous.get("/api/survey/surveys");
        contract.assertDocuments("GET", "/api/survey/surveys", list);
        JsonNode surveys = new ObjectMapper().readTree(list.body());
        assertThat(surveys.size()).as("the seeded questionnaire at least").isPositive();
        long id = surveys.get(0).path("id").asLong();

        HttpResponse<String> results = anonymous.get("/api/survey/surveys/" + id + "/results");
        assertThat(results.statusCode()).isEqualTo(200);
        contract.assertDocuments("GET", "/api/survey/surveys/{id}/results", results);
        HttpResponse<String> unknownGroup = anonymous.get("/api/survey/surveys/" + id + "/results?group=friends");
        assertThat(unknownGroup.statusCode()).isEqualTo(400);
        contract.assertDocuments("GET", "/api/survey/surveys/{id}/results", unknownGroup);
        assertThat(new ObjectMapper().readTree(unknownGroup.body()).path("message").asText())
                .as("says what was wrong").contains("citizen");
        HttpResponse<String> unknownSurvey = anonymous.get("/api/survey/surveys/987654321/results");
        assertThat(unknownSurvey.statusCode()).isEqualTo(404);
        contract.assertDocuments("GET", "/api/survey/surveys/{id}/results", unknownSurvey);

        HttpResponse<String> csv = anonymous.get("/api/survey/surveys/" + id + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        contract.assertDocuments("GET", "/api/survey/surveys/{id}/results.csv", csv);
        HttpResponse<String> csvUnknownGroup = anonymous.get("/api/survey/surveys/" + id + "/results.csv?group=x");
        assertThat(csvUnknownGroup.statusCode()).isEqualTo(400);
        contract.assertDocuments("GET", "/api/survey/surveys/{id}/results.csv", csvUnknownGroup);
        HttpResponse<String> csvUnknownSurvey = anonymous.get("/api/survey/surveys/987654321/results.csv");
        assertThat(csvUnknownSurvey.statusCode()).isEqualTo(404);
        contract.assertDocuments("GET", "/api/survey/surveys/{id}/results.csv", csvUnknownSurvey);

        contract.assertDocuments("GET", "/api/survey/measures", anonymous.get("/api/survey/measures"));
    }
}
