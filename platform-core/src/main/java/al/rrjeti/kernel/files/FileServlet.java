package al.rrjeti.kernel.files;

import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /files/<id>}: a stored file, if a {@link FileAccessRule} lets the caller have it.
 * Served with its detected type, never sniffed; images, PDFs, video and captions inline (the
 * pages show them), anything else as an attachment.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private FileStore store;

    @Inject
    private CurrentUser user;

    @Inject
    @Any
    private Instance<FileAccessRule> rules;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = parseId(request.getPathInfo()).flatMap(store::find);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile f = file.get();
        boolean allowed = rules.stream().map(r -> r.mayRead(f, user)).flatMap(Optional::stream).reduce(false,
                Boolean::logicalOr);
        if (!allowed) {
            response.sendError(user.isLoggedIn() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(f.getContentType());
        response.setContentLengthLong(f.getSize());
        response.setHeader("X-Content-Type-Options", "nosniff");
        String type = f.getContentType();
        boolean shownInPage = type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/")
                || "application/pdf".equals(type) || "text/vtt".equals(type);
        // A PDF shown in the page needs the browser's viewer, which a sandbox would stop.
        response.setHeader("Content-Security-Policy",
                "application/pdf".equals(type) ? "default-src 'none'; object-src 'self'" : "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        String disposition = shownInPage ? "inline" : "attachment";
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(f.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = store.open(f)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static Optional<Long> parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(pathInfo.substring(1)));
    }
}
