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

        HttpResponse<String> unknown = get("api/no-such-resource");
        assertThat(unknown.statusCode()).isEqualTo(404);
        OpenApiContract.assertErrorBody(unknown);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
