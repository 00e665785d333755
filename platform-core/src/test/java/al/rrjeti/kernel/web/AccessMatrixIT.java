package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every role (and an anonymous visitor) against every kernel page and REST resource, over real
 * HTTP with real logins: 200 where allowed, 302 to the login page for anonymous visitors, 403
 * for accounts without the right.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class AccessMatrixIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String PASSWORD = Journeys.PASSWORD;

    /** Who: anonymous, then every role. */
    private static final List<String> WHO = List.of("anonymous", "citizen", "cso_member", "institution_member",
            "business", "media", "editor", "moderator", "operator");

    /** What each may open: A allowed, L sent to log in, F forbidden. In the order of {@link #WHO}. */
    private static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("/", "AAAAAAAAA");
        MATRIX.put("/login.xhtml", "AAAAAAAAA");
        MATRIX.put("/account/register.xhtml", "AAAAAAAAA");
        MATRIX.put("/privacy.xhtml", "AAAAAAAAA");
        MATRIX.put("/organisations/", "AAAAAAAAA");
        MATRIX.put("/api/modules", "AAAAAAAAA");
        MATRIX.put("/api/organisations", "AAAAAAAAA");
        MATRIX.put("/account/profile.xhtml", "LAAAAAAAA");
        MATRIX.put("/organisations/register.xhtml", "LAAAAAAAA");
        MATRIX.put("/notifications.xhtml", "LAAAAAAAA");
        MATRIX.put("/moderation/organisations.xhtml", "LFFFFFFAA");
        MATRIX.put("/moderation/users.xhtml", "LFFFFFFAA");
        MATRIX.put("/moderation/audit.xhtml", "LFFFFFFAA");
        MATRIX.put("/mail/outbox.xhtml", "LFFFFFFFA");
        MATRIX.put("/admin/modules.xhtml", "LFFFFFFFA");
        MATRIX.put("/demo/index.xhtml", "AAAAAAAAA");
        MATRIX.put("/demo/members/index.xhtml", "LFAAFFAAA");
    }

    @ArquillianResource
    private URL app;

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int who = 0; who < WHO.size(); who++) {
            HttpSession session = new HttpSession(app.toExternalForm());
            String role = WHO.get(who);
            if (!"anonymous".equals(role)) {
                String email = account(role);
                session.logIn(email, email.startsWith("operator@") ? "Rrjeti-Operator-1" : PASSWORD);
            }
            for (Map.Entry<String, String> row : MATRIX.entrySet()) {
                char expected = row.getValue().charAt(who);
                HttpResponse<String> r = session.get(row.getKey());
                char actual = r.statusCode() == 200 ? 'A'
                        : r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login.xhtml")
                                ? 'L' : r.statusCode() == 403 ? 'F' : '?';
                if (actual != expected) {
                    wrong.add(role + " " + row.getKey() + ": expected " + expected + ", got " + r.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String account(String role) throws IOException, InterruptedException {
        if ("operator".equals(role)) {
            return "operator@rrjeti.local";
        }
        return Journeys.accountWithRole(app, role, role + "." + RUN + "@example.al");
    }
}
