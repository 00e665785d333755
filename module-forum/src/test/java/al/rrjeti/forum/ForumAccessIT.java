package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every role (and an anonymous visitor) against every forum page and REST resource, over real
 * HTTP with real logins. A allowed (200), L sent to log in (302), U unauthorised (401, REST),
 * F forbidden (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class ForumAccessIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static final List<String> WHO = List.of("anonymous", "citizen", "cso_member", "institution_member",
            "business", "media", "editor", "moderator", "operator");

    @ArquillianResource
    private URL app;

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws Exception {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String role : WHO) {
            if ("operator".equals(role)) {
                accounts.put(role, "operator@rrjeti.local");
            } else if (!"anonymous".equals(role)) {
                accounts.put(role, Journeys.accountWithRole(app, role, "forum-" + role + "." + RUN + "@example.al"));
            }
        }
        HttpSession member = logIn(accounts.get("cso_member"));
        String index = member.get("/forum/").body();
        String publicPart = index.substring(0, index.indexOf("id=\"network-categories\""));
        String networkPart = index.substring(index.indexOf("id=\"network-categories\""));
        String publicCategory = first(publicPart, "category\\.xhtml\\?id=(\\d+)");
        String networkCategory = first(networkPart, "category\\.xhtml\\?id=(\\d+)");
        String networkThread = start(member, networkCategory, "DISCUSSION", "Temë e rrjetit " + RUN);
        String publicThread = start(logIn(accounts.get("institution_member")), publicCategory, "QUESTION",
                "Pyetje publike " + RUN);
        String publicPost = first(member.get("/api/forum/threads/" + publicThread).body(), "\"id\":(\\d+)");

        Map<String, String> matrix = new LinkedHashMap<>();
        matrix.put("/forum/", "AAAAAAAAA");
        matrix.put("/forum/category.xhtml?id=" + publicCategory, "AAAAAAAAA");
        matrix.put("/forum/thread.xhtml?id=" + publicThread, "AAAAAAAAA");
        matrix.put("/forum/requests.xhtml", "AAAAAAAAA");
        matrix.put("/forum/category.xhtml?id=" + networkCategory, "LFAAFFFAA");
        matrix.put("/forum/thread.xhtml?id=" + networkThread, "LFAAFFFAA");
        matrix.put("/forum/new.xhtml?category=" + publicCategory, "LAAAAAAAA");
        matrix.put("/forum/new.xhtml?category=" + networkCategory, "LFAAFFFAA");
        matrix.put("/forum/report.xhtml?post=" + publicPost, "LAAAAAAAA");
        matrix.put("/forum/moderation/", "LFFFFFFAA");
        matrix.put("/forum/moderation/post.xhtml?id=" + publicPost, "LFFFFFFAA");
        matrix.put("/forum/categories.xhtml", "LFFFFFAFA");
        matrix.put("/api/forum/threads?space=public", "AAAAAAAAA");
        matrix.put("/api/forum/threads/" + publicThread, "AAAAAAAAA");
        matrix.put("/api/forum/threads?space=network", "UFAAFFFAA");
        matrix.put("/api/forum/threads/" + networkThread, "UFAAFFFAA");
        matrix.put("/api/forum/requests", "AAAAAAAAA");

        List<String> wrong = new ArrayList<>();
        for (int who = 0; who < WHO.size(); who++) {
            String role = WHO.get(who);
            HttpSession session = "anonymous".equals(role) ? new HttpSession(app.toExternalForm())
                    : logIn(accounts.get(role));
            for (Map.Entry<String, String> row : matrix.entrySet()) {
                char expected = row.getValue().charAt(who);
                HttpResponse<String> r = session.get(row.getKey());
                char actual = r.statusCode() == 200 ? 'A'
                        : r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login.xhtml")
                                ? 'L' : r.statusCode() == 401 ? 'U' : r.statusCode() == 403 ? 'F' : '?';
                if (actual != expected) {
                    wrong.add(role + " " + row.getKey() + ": expected " + expected + ", got " + r.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();

        HttpResponse<String> csv = new HttpSession(app.toExternalForm()).send(HttpRequest.newBuilder(
                java.net.URI.create(app.toExternalForm().replaceAll("/$", "") + "/api/forum/requests"))
                .header("Accept", "text/csv"));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFid,title,addressee");
    }

    @Test
    void openRequestsAreJsonUnlessCsvIsAskedFor() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        for (String accept : new String[] {null, "*/*", browser, "application/json", "application/json, text/csv;q=0.5"}) {
            HttpResponse<String> r = requests("", accept);
            assertThat(r.statusCode()).as("Accept " + accept).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as("Accept " + accept)
                    .startsWith("application/json");
            assertThat(r.body()).startsWith("[");
            assertThat(r.headers().firstValue("Content-Disposition")).as("shown, not downloaded").isEmpty();
        }
        for (String accept : new String[] {"text/csv", "text/csv, application/json;q=0.5"}) {
            HttpResponse<String> r = requests("", accept);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as("Accept " + accept).startsWith("text/csv");
            assertThat(r.body()).startsWith("\uFEFFid,title,addressee");
        }
        HttpResponse<String> csv = requests("?format=csv", browser);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"rrjeti-information-requests.csv\"");
        HttpResponse<String> json = requests("?format=json", "text/csv");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains(".json");
        assertThat(requests("?format=xml", null).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> requests(String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(app.toExternalForm().replaceAll("/$", "")
                + "/api/forum/requests" + query));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return new HttpSession(app.toExternalForm()).send(b);
    }

    private HttpSession logIn(String email) throws Exception {
        HttpSession s = new HttpSession(app.toExternalForm());
        s.logIn(email, email.startsWith("operator@") ? "Rrjeti-Operator-1" : Journeys.PASSWORD);
        return s;
    }

    /** Opens a thread through the form; returns its id. */
    private static String start(HttpSession s, String category, String kind, String title) throws Exception {
        String page = s.get("/forum/new.xhtml?category=" + category).body();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("thread", List.of("thread"));
        fields.put("thread:kind", List.of(kind));
        fields.put("thread:addressee", List.of(""));
        fields.put("thread:title", List.of(title));
        fields.put("thread:body", List.of("Teksti i temës " + title));
        fields.put("thread:start", List.of(""));
        fields.put("jakarta.faces.ViewState", List.of(HttpSession.viewState(page)));
        HttpResponse<String> r = s.postMultipart("/forum/new.xhtml", fields, List.of());
        assertThat(r.statusCode()).as("thread " + title + " published").isEqualTo(302);
        return first(r.headers().firstValue("Location").orElseThrow(), "id=(\\d+)");
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in the page").isTrue();
        return m.group(1);
    }
}
