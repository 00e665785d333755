package al.rrjeti.kernel.files;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.organisation.OrganisationFiles;
import al.rrjeti.kernel.spi.FileAccessRule;
import java.util.stream.Stream;
import al.rrjeti.kernel.security.CurrentUser;
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
    private Caller caller;

    @Inject
    private OrganisationFiles organisationFiles;

    @Inject
    private ModuleRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = parseId(request.getPathInfo()).flatMap(store::find);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile f = file.get();
        FileRef ref = StoredFiles.ref(f);
        // The kernel's own rule, then the rules of active modules only: a switched-off module's files are gone.
        Stream<FileAccessRule> rules = Stream.concat(Stream.of(organisationFiles),
                registry.active().stream().flatMap(m -> m.descriptor().fileRules().stream()));
        boolean allowed = rules.map(r -> r.mayRead(ref, caller)).flatMap(Optional::stream).reduce(false,
                Boolean::logicalOr);
        if (!allowed) {
            response.sendError(user.isLoggedIn() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(f.getContentType());
        response.setHeader("Accept-Ranges", "bytes");
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
        long[] range = range(request.getHeader("Range"), f.getSize());
        if (range == null) {
            response.setContentLengthLong(f.getSize());
            try (InputStream in = store.open(f)) {
                in.transferTo(response.getOutputStream());
            }
            return;
        }
        if (range.length == 0) {
            response.setHeader("Content-Range", "bytes */" + f.getSize());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        // Part of the file: how a video player seeks.
        long length = range[1] - range[0] + 1;
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + f.getSize());
        response.setContentLengthLong(length);
        try (InputStream in = store.open(f)) {
            in.skipNBytes(range[0]);
            long left = length;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                response.getOutputStream().write(buffer, 0, n);
                left -= n;
            }
        }
    }

    /**
     * One byte range of a {@code Range} header.
     *
     * @return null for no (or an unusable multi-part) range, an empty array when unsatisfiable,
     *         otherwise the first and last byte
     */
    static long[] range(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            long start;
            long end;
            if (dash == 0) {
                long suffix = Long.parseLong(spec.substring(1));
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(spec.substring(0, dash));
                end = dash == spec.length() - 1 ? size - 1 : Math.min(size - 1, Long.parseLong(spec.substring(dash + 1)));
            }
            return start > end || start >= size ? new long[0] : new long[] {start, end};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<Long> parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(pathInfo.substring(1)));
    }
}
