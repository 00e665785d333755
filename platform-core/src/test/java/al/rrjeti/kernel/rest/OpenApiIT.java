package al.rrjeti.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.OpenApiContract;
import al.rrjeti.kernel.testing.TestArchives;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract of the kernel with the test-only demo module, as a client reads it from the
 * served {@code /openapi}, and the answers the kernel actually gives held to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** A public address unlike anything Payara could guess from its host name and ports. */
    private static final String BASE_URL = "https://rrjeti.test/openapi-it";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.kernel("openapi-it", "rrjeti.base-url=" + BASE_URL + "/\n")
                .addAsLibrary(TestArchives.demoModule());
    }

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
