package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.infrastructure.RequestPaths;
import al.rrjeti.kernel.mail.Outbox;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.spi.Restriction;
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
 * Guards restricted pages: the kernel's own (operator console, moderation, profile, outbox) and
 * those the active modules declare ({@link Restriction}).
 * Anonymous visitors are sent to log in (and brought back), logged-in accounts without the right
 * get 403. Services check again on every call.
 */
public class AccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser user;

    @Inject
    private Outbox outbox;

    @Inject
    private ModuleRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Decided on the path the servlet will answer, not the raw URI: /%61dmin/ and //admin/ are /admin/.
        String path = RequestPaths.of(request);
        Boolean allowed = allowed(path);
        if (allowed == null || allowed) {
            chain.doFilter(request, response);
        } else if (!user.isLoggedIn()) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?continue="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Whether the caller may open the path; null for paths open to everyone. */
    private Boolean allowed(String path) {
        if (path.startsWith("/admin/") || "/admin".equals(path)) {
            return user.hasRole(Role.OPERATOR);
        }
        if (path.startsWith("/account/profile") || path.startsWith("/organisations/register")
                || path.startsWith("/organisations/manage") || path.startsWith("/organisations/join")
                || path.startsWith("/notifications")) {
            return user.isLoggedIn();
        }
        if (path.startsWith("/moderation/")) {
            return user.isModerator();
        }
        if (path.startsWith("/mail/")) {
            return outbox.mayRead();
        }
        for (InstalledModule m : registry.active()) {
            for (Restriction r : m.descriptor().restrictions()) {
                if (path.startsWith(r.pathPrefix())) {
                    return user.sees(r.audience());
                }
            }
        }
        return null;
    }
}
