package al.rrjeti.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hands the browser the next "remember me" token after its cookie logged it in
 * ({@link RememberMeStore} spent the old one). Authentication runs before any filter, so the new
 * token is waiting in a request attribute when this filter starts.
 */
public class RememberMeRotation extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The request attribute holding the next token of the series. */
    static final String NEXT_TOKEN = "al.rrjeti.remember.next";
    /** As in {@link SecurityConfiguration}'s {@code @RememberMe}. */
    static final String COOKIE = "rrjeti-remember";
    static final int MAX_AGE = 30 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        handOver(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the cookie for the token waiting in the request, if any. Also called right after a login
     * with "remember me": the server writes its own cookie for the first token without SameSite,
     * and this one, set later under the same name and path, is the one the browser keeps.
     */
    public static void handOver(HttpServletRequest request, HttpServletResponse response) {
        Object next = request.getAttribute(NEXT_TOKEN);
        if (next == null) {
            return;
        }
        request.removeAttribute(NEXT_TOKEN);
        Cookie cookie = new Cookie(COOKIE, next.toString());
        cookie.setMaxAge(MAX_AGE);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
