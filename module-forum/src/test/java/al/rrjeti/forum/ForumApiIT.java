package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.OpenApiContract;
import al.rrjeti.kernel.testing.TestPorts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The forum's REST contract as served at {@code /openapi}, and the forum's real answers held to it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class ForumApiIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void theForumsOperationsFollowTheContractAndAnswerAsDocumented() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "forum")
                .assertFollowsTheRules("http://localhost:" + TestPorts.HTTP + "/" + ForumTestDeployment.NAME);
        assertThat(contract.api().getPaths()).containsKeys("/api/forum/threads", "/api/forum/threads/{id}",
                "/api/forum/requests");
        assertThat(contract.api().getPaths().get("/api/forum/requests").getGet().getResponses().get("200").getContent())
                .as("JSON, or CSV for Accept: text/csv").containsKeys("application/json", "text/csv");

        HttpSession anonymous = new HttpSession(app.toExternalForm());
        contract.assertDocuments("GET", "/api/forum/threads", anonymous.get("/api/forum/threads"));
        HttpResponse<String> json = anonymous.get("/api/forum/requests");
        contract.assertDocuments("GET", "/api/forum/requests", json);
        assertThat(json.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        HttpResponse<String> csv = anonymous.send(HttpRequest.newBuilder(
                URI.create(app.toExternalForm().replaceAll("/$", "") + "/api/forum/requests")).header("Accept", "text/csv"));
        contract.assertDocuments("GET", "/api/forum/requests", csv);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        HttpResponse<String> network = anonymous.get("/api/forum/threads?space=network");
        assertThat(network.statusCode()).isEqualTo(401);
        contract.assertDocuments("GET", "/api/forum/threads", network);
        HttpResponse<String> badPage = anonymous.get("/api/forum/threads?pageSize=0");
        assertThat(badPage.statusCode()).isEqualTo(400);
        contract.assertDocuments("GET", "/api/forum/threads", badPage);
        HttpResponse<String> noThread = anonymous.get("/api/forum/threads/987654321");
        assertThat(noThread.statusCode()).isEqualTo(404);
        contract.assertDocuments("GET", "/api/forum/threads/{id}", noThread);

        HttpSession citizen = new HttpSession(app.toExternalForm());
        citizen.logIn(Journeys.accountWithRole(app, "citizen", "forum-api." + RUN + "@example.al"), Journeys.PASSWORD);
        HttpResponse<String> notAMember = citizen.get("/api/forum/threads?space=network");
        assertThat(notAMember.statusCode()).isEqualTo(403);
        contract.assertDocuments("GET", "/api/forum/threads", notAMember);
    }
}
