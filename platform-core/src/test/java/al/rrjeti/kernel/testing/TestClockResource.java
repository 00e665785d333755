package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test deployments only: moves the platform's clock forward, for tests driven over HTTP that would
 * otherwise wait for time to pass (a grace period, an expiry; {@link Journeys#advanceClock}). Time
 * only moves forward, for every later test of the deployment too.
 */
@Path("test-support/clock")
@RequestScoped
public class TestClockResource {

    @Inject
    private PlatformClock clock;

    @POST
    @Operation(hidden = true) // test support: not part of the platform's API
    public String advance(@QueryParam("seconds") long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        return clock.now().toString();
    }
}
