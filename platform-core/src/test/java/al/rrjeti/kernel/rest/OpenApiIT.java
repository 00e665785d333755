package al.rrjeti.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.OpenApiContract;
import com.fasterxml.jackson.databind.JsonNode;
import al.rrjeti.kernel.account.KernelOverSmtpDeployment;
import al.rrjeti.kernel.testing.SharedDeployment;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract of the kernel with the test-only demo module, as a client reads it from the
 * served {@code /openapi}, and the answers the kernel actually gives held to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@SharedDeployment.Uses(KernelOverSmtpDeployment.class)
class OpenApiIT {

    private static final String BASE_URL = KernelOverSmtpDeployment.BASE_URL;

    @ArquillianResource
    private URL app;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServedDocumentIsValidAndFollowsTheContract() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "kernel").assertFollowsTheRules(BASE_URL);
        assertThat(contract.api().getPaths()).containsKeys("/api/modules", "/api/organisations", "/api/search",
                "/api/demo/notes");
        assertThat(contract.api().getComponents().getSecuritySchemes().get("rememberMe").getName())
                .isEqualTo("rrjeti-remember");
        assertThat(contract.api().getPaths().get("/api/search").getGet().getSecurity())
                .as("search: anonymous, or a member's session").hasSize(3);
    }

    @Test
    void answersAreTheDocumentedOnesWithTheOneErrorBody() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "kernel-answers");
        contract.assertDocuments("GET", "/api/organisations", get("api/organisations?type=cso"));
        HttpResponse<String> badType = get("api/organisations?type=party");
        assertThat(badType.statusCode()).isEqualTo(400);
        contract.assertDocuments("GET", "/api/organisations", badType);
        assertThat(badType.body()).contains("type must be cso, institution, business or media");
        contract.assertDocuments("GET", "/api/modules", get("api/modules"));
        contract.assertDocuments("GET", "/api/demo/notes", get("api/demo/notes"));

        // A change meant for the platform's own pages: refused without their header, before it runs.
        HttpResponse<String> first = post("api/demo/notes/seen", "1");
        assertThat(first.statusCode()).isEqualTo(200);
        contract.assertDocuments("POST", "/api/demo/notes/seen", first);
        HttpResponse<String> foreign = post("api/demo/notes/seen", null);
        assertThat(foreign.statusCode()).as("no " + al.rrjeti.kernel.api.web.OwnPageOnly.HEADER + " header").isEqualTo(403);
        contract.assertDocuments("POST", "/api/demo/notes/seen", foreign);
        assertThat(foreign.body()).contains(al.rrjeti.kernel.api.web.OwnPageOnly.HEADER);
        HttpResponse<String> second = post("api/demo/notes/seen", "1");
        assertThat(seenCount(second)).as("the refused call did not run").isEqualTo(seenCount(first) + 1);
        assertThat(contract.api().getPaths().get("/api/demo/notes/seen").getPost().getParameters())
                .anySatisfy(p -> assertThat(p.getName()).isEqualTo(al.rrjeti.kernel.api.web.OwnPageOnly.HEADER));

        HttpResponse<String> unknown = get("api/no-such-resource");
        assertThat(unknown.statusCode()).isEqualTo(404);
        OpenApiContract.assertErrorBody(unknown);
        assertThat(unknown.body()).as("an error that is no business refusal: the three fields of old")
                .doesNotContain("\"field\"").doesNotContain("\"text\"");
    }

    /**
     * A service's refusal a resource lets through: the one error body, with the words for the person in the
     * caller's language (the site's choice, else Accept-Language, else Albanian) and, for input, its field.
     */
    @Test
    void refusalsSayWhyInTheCallersLanguage() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "kernel-refusals");

        HttpResponse<String> sq = refuse("input?name=kalendar", null);
        assertThat(sq.statusCode()).isEqualTo(400);
        contract.assertDocuments("POST", "/api/demo/refusals/input", sq);
        JsonNode body = json(sq);
        assertThat(body.path("error").asText()).isEqualTo("Bad Request");
        assertThat(body.path("message").asText()).as("the key, as before").isEqualTo("error.module.unknown");
        assertThat(body.path("field").asText()).isEqualTo("name");
        assertThat(body.path("text").asText()).as("Albanian without a choice").isEqualTo("Moduli „kalendar\" nuk ekziston.");
        assertThat(sq.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> en = refuse("input?name=kalendar", "en-GB,en;q=0.9,sq;q=0.5");
        assertThat(json(en).path("text").asText()).isEqualTo("The module \"kalendar\" does not exist.");
        assertThat(json(en).path("field").asText()).isEqualTo("name");
        assertThat(json(refuse("input?name=kalendar", "de-DE")).path("text").asText())
                .as("a language the platform does not have: Albanian").startsWith("Moduli");
        assertThat(json(refuse("input?name=kalendar&lang=sq", "en")).path("text").asText())
                .as("the site's choice first").startsWith("Moduli");

        HttpResponse<String> rule = refuse("rule?title=Buxheti", "en");
        assertThat(rule.statusCode()).isEqualTo(400);
        contract.assertDocuments("POST", "/api/demo/refusals/rule", rule);
        assertThat(json(rule).path("text").asText()).as("the module's own bundle").isEqualTo("New note: Buxheti");
        assertThat(json(rule).has("field")).as("a rule, not a field").isFalse();
        assertThat(json(refuse("rule?title=Buxheti", null)).path("text").asText()).isEqualTo("Shënim i ri: Buxheti");

        HttpResponse<String> pace = refuse("pace", "en");
        assertThat(pace.statusCode()).isEqualTo(429);
        contract.assertDocuments("POST", "/api/demo/refusals/pace", pace);
        assertThat(pace.headers().firstValue("Retry-After")).contains("180");
        assertThat(json(pace).path("message").asText()).isEqualTo("too many requests: try again in 180 s");
        assertThat(json(pace).path("text").asText()).isEqualTo("Too many attempts in a short time. Try again in 3 minutes.");
        assertThat(json(refuse("pace", null)).path("text").asText())
                .isEqualTo("Shumë përpjekje në pak kohë. Provoni përsëri pas 3 minutash.");
    }

    private HttpResponse<String> refuse(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + "api/demo/refusals/" + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    }

    private static int seenCount(HttpResponse<String> answer) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("notes").asInt();
    }

    private HttpResponse<String> post(String path, String ownPageHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path)).POST(HttpRequest.BodyPublishers.noBody());
        if (ownPageHeader != null) {
            request.header(al.rrjeti.kernel.api.web.OwnPageOnly.HEADER, ownPageHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
