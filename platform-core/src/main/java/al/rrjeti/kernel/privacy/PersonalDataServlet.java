package al.rrjeti.kernel.privacy;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/** {@code GET /account/my-data.json}: the logged-in person's data, as a download. */
@WebServlet("/account/my-data.json")
public class PersonalDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser caller;

    @Inject
    private PersonalDataArchive archive;

    @Inject
    private PlatformClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var me = caller.account();
        if (me.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] json = archive.export(me.get().getId()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"rrjeti-my-data-"
                + clock.now().atZone(ZoneOffset.UTC).toLocalDate() + ".json\"");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
