package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.SessionCount;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.survey.application.MeasureService;
import al.rrjeti.survey.application.MeasureService.Given;
import al.rrjeti.survey.application.MeasureService.MeasureForm;
import al.rrjeti.survey.domain.Measure;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The survey's public pages read anonymously: no session, served from the page cache, and a new
 * measure and a new rating seen on the next read.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyAnonymousReadingIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/survey-it";


    @Inject
    private MeasureService measures;

    @Inject
    private Fixtures fixtures;

    private final HttpClient client = HttpSession.newClient();

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    /** Reads the page twice as a newcomer would: no session either time, the second from the cache. */
    private String read(String path) throws Exception {
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : List.of(first, second)) {
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies of " + path)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(second.headers().firstValue("ETag")).as("kept: " + path).isPresent()
                .isEqualTo(first.headers().firstValue("ETag"));
        return second.body();
    }

    private String plain(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /**
     * The privacy notice, on the space's page and beside a measure's rating form, in both languages:
     * answers apart from the "has answered" mark, ratings under a key only the server's secret links
     * to an account, no address or session kept.
     */
    @Test
    void thePrivacyNoticeSaysHowAnswersAndRatingsAreKeptInBothLanguages() throws Exception {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Measure m = measures.create(new MeasureForm("Ministria e Drejtësisë", "Ministry of Justice",
                "Masa e privatësisë " + System.nanoTime(), "Privacy measure", "Përshkrim.", "Described.",
                LocalDate.of(2024, 1, 1), null, "https://www.drejtesia.gov.al/strategjia"));
        ActingUser.actAs(null);
        for (String page : List.of("/survey/", "/survey/measure.xhtml?id=" + m.getId())) {
            String sep = page.contains("?") ? "&" : "?";
            assertThat(plain(page + sep + "lang=sq")).as(page + " in Albanian")
                    .contains("Përgjigjet e pyetësorëve janë anonime")
                    .contains("mund të lidhet me llogarinë vetëm me sekretin e serverit")
                    .contains("Nuk ruhet as adresa IP, as seanca.");
            assertThat(plain(page + sep + "lang=en")).as(page + " in English")
                    .contains("Questionnaire answers are anonymous")
                    .contains("the key can be linked to the account only with the server")
                    .contains("Neither IP address nor session is kept.");
        }
    }

    @Test
    void measuresAndTheirRatingsShowAtOnce() throws Exception {
        int sessions = SessionCount.active();
        String title = "Masa e lexuesit " + System.nanoTime();
        assertThat(read("/survey/")).doesNotContain(title);

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Measure m = measures.create(new MeasureForm("Ministria e Drejtësisë", "Ministry of Justice", title,
                "Measure " + title, "Përshkrim i masës.", "The measure described.", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), "https://www.drejtesia.gov.al/strategjia"));
        ActingUser.actAs(null);
        assertThat(read("/survey/")).contains(title);
        String page = "/survey/measure.xhtml?id=" + m.getId();
        assertThat(read(page)).contains(title).doesNotContain("rr-survey-scroll");

        ActingUser.actAs(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN));
        measures.rate(m.getId(), new Given(5, 4, 3, null));
        ActingUser.actAs(null);
        assertThat(read(page)).as("the rating counted at once").contains("rr-survey-scroll");
        assertThat(SessionCount.active()).as("sessions alive after the anonymous reads").isEqualTo(sessions);
    }
}
