package al.rrjeti.kernel.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path of a request inside the application, as the servlet that answers it sees it: decoded
 * ({@code %73} is {@code s}), path parameters gone, {@code //}, {@code /./} and {@code /x/../}
 * folded. Filters that decide by path use this and never the raw request URI, so that an odd
 * spelling of a page reaches the same decision as the plain one.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The normalised path of the request, starting with {@code /}. */
    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return normalise(servletPath + pathInfo);
    }

    /** Folds empty and dot segments; a {@code ..} above the root stays at the root. */
    public static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || ".".equals(s)) {
                continue;
            }
            if ("..".equals(s)) {
                segments.pollLast();
            } else {
                segments.addLast(s);
            }
        }
        String joined = "/" + String.join("/", segments);
        boolean folder = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
        return folder && !"/".equals(joined) ? joined + "/" : joined;
    }
}
