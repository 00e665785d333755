package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A multipart body is read only on a page that takes files, from a logged-in caller, within the
 * page's limit. Each refusal comes while the client is still sending: it declares 70 MB, sends
 * 64 KB and waits; a server that read (and spooled) the body would never answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class UploadLimitsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final long DECLARED = 70L * 1024 * 1024;

    @ArquillianResource
    private URL app;

    @Test
    void anonymousBigMultipartPostsAreRefusedBeforeTheBodyIsRead() throws Exception {
        assertThat(statusOfHugePost("/index.xhtml", null)).as("a page without uploads").isEqualTo(415);
        assertThat(statusOfHugePost("/", null)).isEqualTo(415);
        assertThat(statusOfHugePost("/api/modules", null)).isEqualTo(415);
        assertThat(statusOfHugePost("/organisations/register.xhtml", null)).as("an upload page, anonymous")
                .isEqualTo(403);
    }

    @Test
    void aLoggedInCallerUploadsOnlyWhereFilesAreTakenAndWithinThePagesLimit() throws Exception {
        String email = Journeys.accountWithRole(app, "citizen", "ngarkim." + RUN + "@example.al");
        HttpSession session = new HttpSession(app.toExternalForm());
        session.logIn(email, Journeys.PASSWORD);
        assertThat(statusOfHugePost("/index.xhtml", session.cookie())).isEqualTo(415);
        assertThat(statusOfHugePost("/organisations/register.xhtml", session.cookie()))
                .as("above the form's own limit (logo + proof)").isEqualTo(413);
    }

    /** Declares a 70 MB multipart body, sends 64 KB of it and returns the status the server answers. */
    private int statusOfHugePost(String path, String cookie) throws Exception {
        String context = app.getPath().replaceAll("/$", "");
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + context + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: " + DECLARED
                    + (cookie == null ? "" : "\r\nCookie: " + cookie) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(("--b0undary\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
