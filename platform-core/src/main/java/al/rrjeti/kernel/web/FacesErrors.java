package al.rrjeti.kernel.web;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Turns what a page throws into the answer it deserves, on the platform's own pages: a service's
 * refusal into 403 (or the login page for a visitor), an unreadable id into 404, a view state that
 * cannot be restored (expired, or forged) into 400 with the "session expired" page. Anything else
 * stays a 500.
 */
public class FacesErrors extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException | IOException e) {
            Throwable cause = knownCause(e);
            if (cause == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            if (cause instanceof AccessDeniedException) {
                refuse(request, response);
            } else if (cause instanceof ViewExpiredException) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                request.getRequestDispatcher("/error/expired.xhtml").forward(new FreshGet(request), response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (user.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String back = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/login.xhtml?continue="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    /** The first cause in the chain that has an answer of its own, or null. */
    private static Throwable knownCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof ViewExpiredException
                    || t instanceof ConverterException || t instanceof NumberFormatException) {
                return t;
            }
        }
        return null;
    }

    /** The request as a plain GET without form fields, so the error page renders as a new view. */
    private static final class FreshGet extends HttpServletRequestWrapper {
        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
