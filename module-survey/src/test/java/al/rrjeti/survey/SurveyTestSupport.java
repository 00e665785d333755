package al.rrjeti.survey;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The survey module's one test archive and small helpers its in-container tests share. */
final class SurveyTestSupport {

    static final String SECRET = "rrjeti.secret=test-secret-of-the-survey-module-0123456789abcdef\n";

    /** A generous wait for results being computed, so that a loaded build machine still reads fresh ones. */
    static final String RESULTS_WAIT = "rrjeti.survey.results.wait-ms=3000\n";

    private SurveyTestSupport() {
    }

    /** The one archive all the survey's Arquillian tests run against (named in arquillian.xml). */
    @Deployment
    static WebArchive deployment() {
        return TestArchives.moduleUnderTest("module-survey", "survey-it", SECRET + RESULTS_WAIT);
    }

    /** A new account with these roles (the test database outlives a run, so every e-mail is new). */
    static String account(Fixtures fixtures, String who, Role... roles) {
        String email = who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
        fixtures.account(email, "Prova " + who, roles);
        return email;
    }
}
