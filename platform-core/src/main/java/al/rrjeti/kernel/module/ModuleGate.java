package al.rrjeti.kernel.module;

import al.rrjeti.kernel.infrastructure.RequestPaths;
import al.rrjeti.kernel.api.web.ApiError;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes an inactive module disappear from the web: everything under {@code /<id>/} and
 * {@code /api/<id>/} answers 404 while the module is installed but not active. Modules do not
 * check this themselves.
 */
public class ModuleGate extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private ModuleRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The path the servlet will answer, not the raw URI: /%66orum/ and /./forum/ are /forum/.
        String path = RequestPaths.of(request);
        String id = moduleOf(path);
        if (id != null && registry.isInstalled(id) && !registry.isActive(id)) {
            if (path.startsWith("/api/")) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(ApiError.of(HttpServletResponse.SC_NOT_FOUND, "module " + id + " is switched off")
                        .toJson());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The module id a path belongs to: its first segment, or the second under {@code /api/} (the
     * descriptor makes every module's pages and REST resources live there). Also what leaves a
     * switched-off module's paths out of {@code /openapi}.
     */
    public static String moduleOf(String path) {
        String[] segments = path.split("/", 4);
        if (segments.length < 2 || segments[1].isEmpty()) {
            return null;
        }
        if ("api".equals(segments[1])) {
            return segments.length > 2 && !segments[2].isEmpty() ? segments[2] : null;
        }
        return segments[1];
    }
}
