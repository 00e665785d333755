package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.survey.application.Given;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.domain.QuestionKind;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymity, proved from the database's own catalogue: no rating, response, answer or marker table
 * has a column that names, locates or times a person, and the "has answered" marker shares no
 * column with the answers.
 */
@ExtendWith(ArquillianExtension.class)
class SurveySchemaIT {

    private static final Pattern IDENTIFYING = Pattern.compile(
            ".*(ACCOUNT|USER|PERSON|AUTHOR|MEMBER|EMAIL|MAIL|IP|ADDRESS|SESSION|COOKIE|AGENT|DEVICE|CREATED|UPDATED).*");

    @Resource(lookup = "java:app/jdbc/rrjeti")
    private DataSource dataSource;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Accounts accounts;

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    /** Every cell of a table, as text. */
    private List<List<String>> dump(String table) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String hmac(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDatabaseDumpAloneDoesNotTieAnAnswerToItsAccount() throws Exception {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor",
                Role.EDITOR));
        BilingualText q = BilingualText.of("Pyetje", "Question");
        var survey = building.create(new SurveyDef(
                "dump-" + System.nanoTime(), q, null, Instant.now().minusSeconds(60), null, List.of(
                        new QuestionDef("text",
                                QuestionKind.SHORT_TEXT, true, q, null, null, null, null, null,
                                null, null))));
        String email = SurveyTestSupport.account(fixtures, "citizen", Role.CITIZEN);
        long account = accounts.byEmail(email).orElseThrow().getId();
        ActingUser.actAs(email);
        String said = "Përgjigje e vetme " + System.nanoTime();
        Long question = answering.questions(survey.getId()).get(0).getId();
        answering.submit(survey.getId(), Map.of(question, Given.text(said)));

        String message = "survey:" + survey.getId() + ":account:" + account;
        String secret = SurveyTestSupport.SECRET.substring(SurveyTestSupport.SECRET.indexOf('=') + 1).strip();
        List<String> markers = dump("survey_participation").stream().map(r -> r.get(0)).toList();
        assertThat(markers).as("the marker is the keyed hash").contains(hmac(secret, message));
        assertThat(markers).as("without the server's secret it cannot be recomputed")
                .doesNotContain(hmac("rrjeti", message), hmac("survey", message));
        List<List<String>> answers = dump("survey_answer");
        List<String> mine = answers.stream().filter(r -> r.contains(said)).findFirst().orElseThrow();
        String response = mine.get(1);
        List<String> responseRow = dump("survey_response").stream().filter(r -> r.get(0).equals(response))
                .findFirst().orElseThrow();
        assertThat(responseRow).as("no instant, a day").noneMatch(v -> v.contains(":"));
        for (List<String> row : List.of(mine, responseRow)) {
            assertThat(row).doesNotContain(email, hmac(secret, message));
        }
    }

    /**
     * Derby returns an unordered SELECT in heap order, which is insertion order: markers and
     * responses written in the same order would pair the n-th of each. Sixteen accounts answer in a
     * known order (the i-th gives the number i); in a dump, the order of their markers must not be
     * the order of their answers. With the markers at uniformly random places, 8 or more of 16 in
     * their place happens about once in 40 000 runs; written in order, all 16 are.
     */
    @Test
    void aDumpInPhysicalOrderDoesNotPairMarkersWithAnswers() throws Exception {
        ActingUser.actAs(SurveyTestSupport.account(fixtures, "editor", Role.EDITOR));
        BilingualText q = BilingualText.of("Numri", "Number");
        var survey = building.create(new SurveyDef("order-" + System.nanoTime(), q, null,
                Instant.now().minusSeconds(60), null, List.of(new QuestionDef("n", QuestionKind.NUMBER, true, q, null,
                        1, 1000, null, null, null, null))));
        Long question = answering.questions(survey.getId()).get(0).getId();
        String secret = SurveyTestSupport.SECRET.substring(SurveyTestSupport.SECRET.indexOf('=') + 1).strip();
        int n = 16;
        List<String> markers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String email = SurveyTestSupport.account(fixtures, "order" + i, Role.CITIZEN);
            markers.add(hmac(secret, "survey:" + survey.getId() + ":account:" + accounts.byEmail(email).orElseThrow()
                    .getId()));
            ActingUser.actAs(email);
            answering.submit(survey.getId(), Map.of(question, Given.number(i)));
        }
        List<String> markerOrder = dump("survey_participation").stream().map(r -> r.get(0))
                .filter(markers::contains).toList();
        List<Integer> answerOrder = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT question_id, number_value FROM survey_answer")) {
            while (rs.next()) {
                if (rs.getLong(1) == question) {
                    answerOrder.add(rs.getInt(2));
                }
            }
        }
        assertThat(markerOrder).hasSize(n);
        assertThat(answerOrder).hasSize(n);
        int paired = 0;
        for (int place = 0; place < n; place++) {
            // The marker at this place belongs to the account that gave answerOrder's value at the same place?
            if (markers.indexOf(markerOrder.get(place)) + 1 == answerOrder.get(place)) {
                paired++;
            }
        }
        assertThat(paired).as("markers at the same place as their answers, of " + n).isLessThan(8);
    }

    /** Column name to type name, as the catalogue has them. */
    private Map<String, String> columns(String table) throws Exception {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
                }
            }
        }
        return columns;
    }

    @Test
    void noAnswerOrRatingTableCanNameLocateOrTimeAPerson() throws Exception {
        for (String table : new String[] {"survey_rating", "survey_response", "survey_answer", "survey_participation"}) {
            Map<String, String> columns = columns(table);
            assertThat(columns).as(table + " exists").isNotEmpty();
            assertThat(columns.keySet()).as(table + ": identifying columns").noneMatch(n -> IDENTIFYING.matcher(n).matches());
            assertThat(columns.values()).as(table + ": no instant, a day at most").noneMatch(t -> t.contains("TIME"));
        }
    }

    @Test
    void theMarkerSharesNoColumnWithTheAnswers() throws Exception {
        Map<String, String> marker = columns("survey_participation");
        assertThat(marker).as("the marker and nothing else").containsOnlyKeys("MARKER");
        assertThat(columns("survey_response")).doesNotContainKey("MARKER");
        assertThat(columns("survey_answer")).doesNotContainKey("MARKER");
        assertThat(columns("survey_rating")).as("ratings keyed only by the keyed hash").containsKey("RATER_KEY");
    }
}
