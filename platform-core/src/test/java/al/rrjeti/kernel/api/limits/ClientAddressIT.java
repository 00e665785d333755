package al.rrjeti.kernel.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.ClientAddressResource;
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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Over real HTTP: a client that is no configured proxy cannot pick the address the rate limits
 * count it under by writing forwarding headers (none are trusted by default).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class ClientAddressIT {

    @ArquillianResource
    private URL app;

    @Test
    void spoofedForwardingHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(app.toString().replaceAll("/$", "") + "/api/test-support/client-address");
        String plain = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(plain).as("the peer, a loopback address").isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> spoofed = http.send(HttpRequest.newBuilder(uri)
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .header("Forwarded", "for=198.51.100." + i).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(spoofed.statusCode()).isEqualTo(200);
            assertThat(spoofed.body()).as("every request counts under the same real address").isEqualTo(plain);
        }
    }

    @Test
    void aSpentBudgetAnswers429WithTheWaitInJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(app.toString().replaceAll("/$", "") + "/api/test-support/client-address/limited?key="
                + System.nanoTime());
        HttpRequest post = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build();
        for (int i = 0; i < 2; i++) {
            assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        }
        HttpResponse<String> refused = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).as("half an hour left of the hour's second place").isBetween(1700L, 1800L);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(refused.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        assertThat(refused.body()).contains("\"status\":429").contains("Too Many Requests")
                .contains("try again in " + retry + " s");
    }
}
