package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.OpenApiContract;
import al.rrjeti.kernel.testing.TestPorts;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The library's REST contract as served at {@code /openapi}, and the library's real answers held to it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class LibraryApiIT {

    @ArquillianResource
    private URL app;

    @Test
    void theLibrarysOperationsFollowTheContractAndAnswerAsDocumented() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "library")
                .assertFollowsTheRules("http://localhost:" + TestPorts.HTTP + "/" + LibraryTestDeployment.NAME);
        assertThat(contract.api().getPaths()).containsKeys("/api/library/publications",
                "/api/library/publications/{id}", "/api/library/publications/export.csv");

        HttpSession anonymous = new HttpSession(app.toExternalForm());
        contract.assertDocuments("GET", "/api/library/publications", anonymous.get("/api/library/publications"));
        contract.assertDocuments("GET", "/api/library/publications/export.csv",
                anonymous.get("/api/library/publications/export.csv"));
        HttpResponse<String> badSize = anonymous.get("/api/library/publications?pageSize=500");
        assertThat(badSize.statusCode()).isEqualTo(400);
        contract.assertDocuments("GET", "/api/library/publications", badSize);
        HttpResponse<String> badKind = anonymous.get("/api/library/publications?kind=novel");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("unknown kind");
        HttpResponse<String> none = anonymous.get("/api/library/publications/987654321");
        assertThat(none.statusCode()).isEqualTo(404);
        contract.assertDocuments("GET", "/api/library/publications/{id}", none);
    }
}
