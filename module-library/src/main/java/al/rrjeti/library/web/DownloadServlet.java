package al.rrjeti.library.web;

import al.rrjeti.library.application.LibraryCatalogue;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /library/download/<file>}: counts the download, then hands over to the kernel's file servlet. */
@WebServlet("/library/download/*")
public class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryCatalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info == null || !info.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = catalogue.download(Long.valueOf(info.substring(1)));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/files/" + file.get().getFileId());
    }
}
