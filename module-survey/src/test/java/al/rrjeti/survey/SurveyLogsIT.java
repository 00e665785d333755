package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.application.TextModeration;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logs never contain answers: a person answers through the page (refused first, with a text too
 * long and a number out of range, then accepted), a moderator lets the text through and the results
 * show it; nothing the server logged meanwhile (every record its loggers let through, and the
 * server log file) holds a word of the answers.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyLogsIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/survey-it";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

    @Inject
    private SurveyBuilding building;

    @Inject
    private TextModeration moderation;

    @Inject
    private al.rrjeti.survey.application.Folding folding;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
    }

    /** Every log record the server's loggers let through while it is installed, as the log would show it. */
    private static final class Capture extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            StringWriter text = new StringWriter();
            text.append(r.getLoggerName()).append(' ').append(String.valueOf(format.formatMessage(r)));
            if (r.getThrown() != null) {
                r.getThrown().printStackTrace(new PrintWriter(text));
            }
            lines.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String form(String page, String... fields) {
        StringBuilder body = new StringBuilder();
        int from = page.indexOf("<form id=\"answer\"");
        assertThat(from).as("the answer form in the page").isNotNegative();
        Matcher hidden = HIDDEN.matcher(page.substring(from, page.indexOf("</form>", from)));
        while (hidden.find()) {
            body.append(HttpSession.enc(hidden.group(1))).append('=').append(HttpSession.enc(hidden.group(2).replace("&amp;", "&"))).append('&');
        }
        // PrimeFaces' script adds the page's CSP nonce to every form post; a post by hand adds it here.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        assertThat(nonce.find()).as("the page's script nonce").isTrue();
        body.append("primefaces.nonce=").append(HttpSession.enc(nonce.group(1))).append('&');
        for (int i = 0; i < fields.length; i += 2) {
            body.append(HttpSession.enc(fields[i])).append('=').append(HttpSession.enc(fields[i + 1])).append('&');
        }
        return body.toString();
    }

    private static String field(String page, String suffix) {
        Matcher m = Pattern.compile("name=\"(answer:[^\"]*" + Pattern.quote(suffix) + ")\"").matcher(page);
        assertThat(m.find()).as("a field ending in " + suffix + " in the page").isTrue();
        return m.group(1);
    }

    @Test
    void nothingTheServerLogsHoldsAnAnswer() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String refusedText = "Fjalë-e-refuzuar-" + run;
        String text = "Fjalë-e-pranuar-" + run;
        String number = "4" + (System.nanoTime() % 90 + 10);
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        Survey s = building.create(new SurveyDef("log-" + run, BilingualText.of("Regjistri", "The log"), null,
                clock.now().minusSeconds(60), null, List.of(
                        new QuestionDef("word", QuestionKind.SHORT_TEXT, false, BilingualText.of("Një fjalë", "A word"),
                                null, null, null, null, null, null, null),
                        new QuestionDef("count", QuestionKind.NUMBER, true, BilingualText.of("Një numër", "A number"),
                                null, 0, 1000, null, null, null, null))));
        ActingUser.actAs(null);

        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            HttpSession citizen = new HttpSession(BASE);
            citizen.logIn(SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN), "Fjalekalim2026");
            String path = "/survey/answer.xhtml?id=" + s.getId() + "&lang=en";
            String page = citizen.get(path).body();
            String word = field(page, ":short");
            String count = field(page, ":number");
            String submit = field(page, "submit");

            HttpResponse<String> refused = citizen.postForm(path, form(page, word, refusedText + "x".repeat(300),
                    count, "1" + number + "00", submit, ""));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).as("both refusals shown").contains("at most 300 characters")
                    .contains("from 0 to 1,000");
            HttpResponse<String> accepted = citizen.postForm(path, form(refused.body(), word, text, count, number,
                    submit, ""));
            assertThat(accepted.body()).contains("Your answers were saved anonymously");

            ActingUser.actAs(SurveyTestSupport.account(fixtures, "moderator", Role.MODERATOR));
            Answer pending = moderation.pending().stream().filter(a -> text.equals(a.getText())).findFirst()
                    .orElseThrow();
            moderation.decide(pending.getId(), true);
            ActingUser.actAs(null);
            folding.now();
            assertThat(new HttpSession(BASE).get("/survey/results.xhtml?id=" + s.getId()).body()).contains(text);
            assertThat(new HttpSession(BASE).get("/api/survey/surveys/" + s.getId() + "/results").body())
                    .contains(text).contains("\"mean\":" + number);

            String control = "survey-log-test-control-" + run;
            Logger.getLogger(SurveyLogsIT.class.getName()).info(control);
            assertThat(capture.lines).as("the capture sees what is logged").anyMatch(l -> l.contains(control));
            assertThat(capture.lines).as("log records").noneMatch(l -> l.contains(refusedText) || l.contains(text)
                    || l.contains(run + "x"));
            Path file = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
            String log = "";
            for (int i = 0; i < 50 && !log.contains(control); i++) {
                Thread.sleep(200);
                log = Files.readString(file, StandardCharsets.UTF_8);
            }
            assertThat(log).as("the server log has the control line").contains(control);
            assertThat(log).as("the server log").doesNotContain(refusedText).doesNotContain(text);
        } finally {
            root.removeHandler(capture);
        }
    }
}
