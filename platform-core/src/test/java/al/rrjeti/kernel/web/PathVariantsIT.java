package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Odd spellings of a path (percent-encoded letters, doubled slashes, dot segments, path
 * parameters) get the same answer as the plain path: the access filter and the module gate decide
 * on the path the servlet answers, never on the raw request URI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathVariantsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    /** Spellings of {@code /<first>/<rest>}; the plain one first. */
    private static List<String> variants(String first, String rest) {
        String encodedFirst = "%" + Integer.toHexString(first.charAt(0)) + first.substring(1);
        String encodedRest = "%" + Integer.toHexString(rest.charAt(0)) + rest.substring(1);
        return List.of("/" + first + "/" + rest, "/" + encodedFirst + "/" + rest, "/" + first + "/" + encodedRest,
                "//" + first + "/" + rest, "/" + first + "//" + rest, "/./" + first + "/" + rest,
                "/" + first + "/./" + rest, "/x/../" + first + "/" + rest, "/" + first + ";p=1/" + rest,
                "/" + first + "/%" + Integer.toHexString(rest.charAt(0)).toUpperCase(java.util.Locale.ROOT)
                        + rest.substring(1));
    }

    @Test
    void restrictedPagesAnswerEverySpellingAsThePlainPath() throws Exception {
        String citizen = Journeys.accountWithRole(app, "citizen", "shteg." + RUN + "@example.al");
        HttpSession anonymous = new HttpSession(base());
        HttpSession loggedIn = new HttpSession(base());
        loggedIn.logIn(citizen, Journeys.PASSWORD);
        List<String> wrong = new ArrayList<>();
        walk(anonymous, "admin", "modules.xhtml", "L", wrong);
        walk(anonymous, "moderation", "users.xhtml", "L", wrong);
        walk(anonymous, "moderation", "audit.xhtml", "L", wrong);
        walk(anonymous, "organisations", "register.xhtml", "L", wrong);
        walk(anonymous, "account", "profile.xhtml", "L", wrong);
        walk(anonymous, "mail", "outbox.xhtml", "L", wrong);
        walk(anonymous, "demo", "members/index.xhtml", "L", wrong);
        walk(loggedIn, "admin", "modules.xhtml", "F", wrong);
        walk(loggedIn, "moderation", "users.xhtml", "F", wrong);
        walk(loggedIn, "demo", "members/index.xhtml", "F", wrong);
        walk(loggedIn, "organisations", "register.xhtml", "A", wrong);
        for (String v : List.of("/%6eotifications.xhtml", "//notifications.xhtml", "/./notifications.xhtml",
                "/x/../notifications.xhtml")) {
            check(anonymous, v, "L", wrong);
            check(loggedIn, v, "A", wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSwitchedOffModuleIsNotFoundUnderEverySpelling() throws Exception {
        HttpSession anonymous = new HttpSession(base());
        assertThat(switchDemo(false)).isEqualTo(200);
        try {
            List<String> wrong = new ArrayList<>();
            walk(anonymous, "demo", "index.xhtml", "N", wrong);
            walk(anonymous, "demo", "members/index.xhtml", "N", wrong);
            for (String v : variants("api", "demo/notes")) {
                check(anonymous, v, "N", wrong);
            }
            assertThat(wrong).isEmpty();
        } finally {
            switchDemo(true);
        }
        assertThat(anonymous.get("/demo/index.xhtml").statusCode()).isEqualTo(200);
    }

    private void walk(HttpSession session, String first, String rest, String expected, List<String> wrong)
            throws Exception {
        for (String v : variants(first, rest)) {
            check(session, v, expected, wrong);
        }
    }

    /** A allowed (200), L sent to log in, F forbidden (403), N not found (404). */
    private static void check(HttpSession session, String path, String expected, List<String> wrong)
            throws Exception {
        HttpResponse<String> r = session.get(path);
        if (r.statusCode() == 301) {
            // The server's own redirect for a path parameter in a folder: it serves nothing itself, and
            // where it leads is answered as that path deserves (checked when it is the page itself).
            String location = URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath();
            String target = location.substring(location.indexOf('/', 1)).replaceAll(";[^/]*", "");
            if (!al.rrjeti.kernel.infrastructure.RequestPaths.normalise(target)
                    .equals(al.rrjeti.kernel.infrastructure.RequestPaths.normalise(path.replaceAll(";[^/]*", "")))) {
                return;
            }
            r = session.get(target);
        }
        String actual = r.statusCode() == 200 ? "A"
                : r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login.xhtml") ? "L"
                : r.statusCode() == 403 ? "F" : r.statusCode() == 404 ? "N" : "?" + r.statusCode();
        if (!actual.equals(expected)) {
            wrong.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private int switchDemo(boolean enabled) throws Exception {
        return HttpSession.newClient().send(HttpRequest.newBuilder(URI.create(base()
                        + "/api/test-support/modules/demo?enabled=" + enabled))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String base() {
        return app.toExternalForm().replaceAll("/$", "");
    }
}
