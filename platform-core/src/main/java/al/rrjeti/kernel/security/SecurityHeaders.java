package al.rrjeti.kernel.security;

import al.rrjeti.kernel.module.ModuleHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Response headers that every page and resource carries. */
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Nothing a page may use unless a module declares the need for its own pages. */
    static final String DEFAULT_PERMISSIONS = "camera=(), microphone=(), geolocation=()";

    @Inject
    private ModuleHeaders moduleHeaders;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        ModuleHeaders.Needs needs = moduleHeaders.forPath(path);
        response.setHeader("Permissions-Policy", needs.permissionsPolicy().orElse(DEFAULT_PERMISSIONS));
        chain.doFilter(request, response);
    }
}
