package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.OpenApiContract;
import al.rrjeti.kernel.testing.TestPorts;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The campaigns' REST contract as served at {@code /openapi}, and the campaigns' real answers held to it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class CampaignsApiIT {

    private static final String EVENTS = "/api/campaigns/events";
    private static final String EVENT_ICS = "/api/campaigns/events/{id}.ics";
    private static final String FEED = "/api/campaigns/events/feed.ics";
    private static final String LETTER = "/api/campaigns/positions/{id}/letter.pdf";
    private static final String UNSUBSCRIBE = "/api/campaigns/unsubscribe";
    private static final String VIEWS = "/api/campaigns/{id}/views";

    @ArquillianResource
    private URL app;

    @Test
    void theCampaignsOperationsFollowTheContractAndAnswerAsDocumented() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "campaigns")
                .assertFollowsTheRules("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME);
        Map<String, PathItem> paths = contract.api().getPaths();
        assertThat(paths).containsKeys("/api/campaigns/campaigns", EVENTS, EVENT_ICS, FEED, "/api/campaigns/positions",
                LETTER, UNSUBSCRIBE, VIEWS);
        for (String calendar : new String[] {EVENT_ICS, FEED}) {
            assertThat(paths.get(calendar).getGet().getResponses().get("200").getContent()).as(calendar)
                    .containsOnlyKeys("text/calendar");
        }
        assertThat(paths.get(LETTER).getGet().getResponses().get("200").getContent()).containsOnlyKeys("application/pdf");
        assertThat(paths.get(UNSUBSCRIBE).getGet()).as("the link's page is for people, not an API operation").isNull();
        Operation unsubscribe = paths.get(UNSUBSCRIBE).getPost();
        assertThat(unsubscribe.getResponses()).containsKeys("200", "400", "404");
        assertThat(unsubscribe.getResponses()).as("no log-in: the token is the right").doesNotContainKey("401");
        assertThat(paths.get(VIEWS).getPost().getResponses()).containsKeys("204", "404", "429");
        Schema<?> campaign = contract.api().getComponents().getSchemas().get("CampaignsCampaign");
        assertThat(campaign.getProperties().get("audience").getEnum()).as("the audiences as the API writes them")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CampaignAudience.values())
                        .map(a -> a.name().toLowerCase(Locale.ROOT)).toList());

        HttpSession visitor = new HttpSession(app.toExternalForm());
        contract.assertDocuments("GET", "/api/campaigns/campaigns", visitor.get("/api/campaigns/campaigns"));
        contract.assertDocuments("GET", "/api/campaigns/positions", visitor.get("/api/campaigns/positions"));
        contract.assertDocuments("GET", EVENTS, visitor.get(EVENTS));
        LocalDate today = LocalDate.now();
        for (String bad : new String[] {"?from=dje", "?to=2026-13-01", "?from=" + today.plusDays(5) + "&to=" + today,
                "?from=" + today + "&to=" + today, "?from=" + today + "&to=" + today.plusDays(367)}) {
            HttpResponse<String> refused = visitor.get(EVENTS + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            contract.assertDocuments("GET", EVENTS, refused);
            assertThat(refused.body()).as(bad + ": says what is wrong").containsAnyOf("ISO days", "'to' must come after");
        }
        HttpResponse<String> feed = visitor.get("/api/campaigns/events/feed.ics");
        contract.assertDocuments("GET", FEED, feed);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        HttpResponse<String> noEvent = visitor.get("/api/campaigns/events/987654321.ics");
        assertThat(noEvent.statusCode()).isEqualTo(404);
        contract.assertDocuments("GET", EVENT_ICS, noEvent);
        HttpResponse<String> noLetter = visitor.get("/api/campaigns/positions/987654321/letter.pdf");
        assertThat(noLetter.statusCode()).isEqualTo(404);
        contract.assertDocuments("GET", LETTER, noLetter);

        HttpResponse<String> noToken = oneClick("");
        assertThat(noToken.statusCode()).isEqualTo(400);
        contract.assertDocuments("POST", UNSUBSCRIBE, noToken);
        HttpResponse<String> forged = oneClick("?t=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(forged.statusCode()).isEqualTo(404);
        contract.assertDocuments("POST", UNSUBSCRIBE, forged);
        assertThat(forged.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        HttpResponse<String> page = visitor.get(UNSUBSCRIBE + "?t=1.AAAA");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().as("a person's page says it in words")
                .startsWith("text/html");

        // Another test may have spent this address's hourly views: 429 is documented too.
        HttpResponse<String> beacon = visitor.send(HttpRequest.newBuilder(URI.create(base() + "/api/campaigns/987654321/views"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(beacon.statusCode()).isIn(204, 429);
        contract.assertDocuments("POST", VIEWS, beacon);
    }

    private HttpResponse<String> oneClick(String query) throws Exception {
        return HttpSession.newClient().send(HttpRequest.newBuilder(URI.create(base() + UNSUBSCRIBE + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return app.toExternalForm().replaceAll("/$", "");
    }
}
