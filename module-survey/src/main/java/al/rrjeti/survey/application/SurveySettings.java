package al.rrjeti.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import al.rrjeti.kernel.api.limits.RateLimit;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The survey module's configuration. */
@ApplicationScoped
public class SurveySettings {

    /** How many anonymous answers one client address may send per hour (all surveys together). */
    public static final String ANONYMOUS_PER_HOUR = "rrjeti.survey.anonymous.per-hour";

    public static final String ANONYMOUS_PER_HOUR_DEFAULT = "20";

    /** How long a reader waits for results being computed before it is given the last computed ones. */
    public static final String RESULTS_WAIT_MS = "rrjeti.survey.results.wait-ms";

    public static final String RESULTS_WAIT_MS_DEFAULT = "50";

    @Inject
    @ConfigProperty(name = ANONYMOUS_PER_HOUR, defaultValue = ANONYMOUS_PER_HOUR_DEFAULT)
    int anonymousPerHour;

    @Inject
    @ConfigProperty(name = RESULTS_WAIT_MS, defaultValue = RESULTS_WAIT_MS_DEFAULT)
    long resultsWaitMs;

    /**
     * The budget of anonymous answers per client address. Many people can share one address (a
     * school, an office, a mobile operator's NAT), so it bounds a flood, not a person; the cookie
     * does that.
     */
    public RateLimit anonymousPerAddress() {
        return RateLimit.of("survey-anonymous-answers-per-address", Math.max(1, anonymousPerHour), Duration.ofHours(1));
    }

    /** How long a reader waits for results being computed (see {@link ResultsMemory}). */
    public Duration resultsWait() {
        return Duration.ofMillis(Math.max(0, resultsWaitMs));
    }
}
