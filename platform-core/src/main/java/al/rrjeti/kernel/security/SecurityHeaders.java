package al.rrjeti.kernel.security;

import al.rrjeti.kernel.infrastructure.RequestPaths;
import al.rrjeti.kernel.module.ModuleHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Response headers that every page and resource carries, decided in one place.
 *
 * <p>Pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP} and
 * {@code primefaces.CSP_POLICY} in the kernel's web-fragment), which adds a fresh nonce to every
 * script it writes; this filter gives the REST API its own strict policy, HTTPS responses HSTS,
 * every cookie {@code SameSite=Lax}, and drops headers that name the server.
 *
 * <p>The seam for per-path needs (a module's meetings page asking for camera and microphone) is
 * {@link #headersFor}: it receives the normalised path and returns the headers to set.
 */
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Nothing a page may use unless a module declares the need for its own pages. */
    static final String DEFAULT_PERMISSIONS = "camera=(), microphone=(), geolocation=()";

    @Inject
    private ModuleHeaders moduleHeaders;

    /** Headers that tell an attacker which server and version answer. */
    private static final Set<String> HIDDEN = Set.of("server", "x-powered-by");

    /** One year, as HSTS preload lists ask. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** The REST API returns data, never markup to run. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.of(request);
        ModuleHeaders.Needs needs = moduleHeaders.forPath(path);
        headersFor(path, request.isSecure()).forEach(response::setHeader);
        needs.permissionsPolicy().ifPresent(policy -> response.setHeader("Permissions-Policy", policy));
        chain.doFilter(request, new Guarded(response, needs));
    }

    /**
     * The headers for a response to this path (normalised, see {@link RequestPaths}).
     *
     * @param secure whether the request came over HTTPS
     */
    protected Map<String, String> headersFor(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("Permissions-Policy", DEFAULT_PERMISSIONS);
        if (path.startsWith("/api/")) {
            headers.put("Content-Security-Policy", API_POLICY);
        }
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /**
     * The response as the application writes it: cookies get SameSite=Lax, server names are dropped,
     * and the page's Content-Security-Policy (written by PrimeFaces with its nonce) gains the sources
     * an active module declared for the path (an embedded meeting service, say).
     */
    static final class Guarded extends HttpServletResponseWrapper {
        private final ModuleHeaders.Needs needs;

        Guarded(HttpServletResponse response, ModuleHeaders.Needs needs) {
            super(response);
            this.needs = needs;
        }

        private String widened(String name, String value) {
            return "content-security-policy".equalsIgnoreCase(name) ? needs.widen(value) : value;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
                super.setHeader(name, widened(name, value));
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
                super.addHeader(name, widened(name, value));
            }
        }
    }
}
