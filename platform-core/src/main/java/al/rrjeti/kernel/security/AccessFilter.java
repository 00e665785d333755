package al.rrjeti.kernel.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Guards the kernel's restricted pages: anonymous visitors are sent to log in (and brought
 * back), logged-in accounts without the role get 403. Services check again on every call.
 */
public class AccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/") || "/admin".equals(path)) {
            if (!user.isLoggedIn()) {
                String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.xhtml?continue="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return;
            }
            if (!user.hasRole(Role.OPERATOR)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
