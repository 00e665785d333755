package al.rrjeti.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The survey module's configuration. */
@ApplicationScoped
public class SurveySettings {

    /** The keyed hash's secret: at least {@link Keys#MIN_SECRET_LENGTH} characters, kept outside the database. */
    public static final String SECRET = "rrjeti.survey.secret";

    @Inject
    @ConfigProperty(name = SECRET)
    Optional<String> secret;

    public Optional<String> secret() {
        return secret;
    }
}
