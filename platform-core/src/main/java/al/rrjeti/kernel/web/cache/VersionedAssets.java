package al.rrjeti.kernel.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * A stylesheet, script or image whose URL carries its version ({@code ?v=}: the content hash the
 * layout writes, see {@link AssetVersions}, or the library version Faces resources carry) never
 * changes under that URL: browsers and proxies may keep it for a year without asking again.
 */
public class VersionedAssets extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** One year, never revalidated. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Set<String> TYPES = Set.of("css", "js", "svg", "png", "jpg", "jpeg", "gif", "webp", "woff",
            "woff2", "ttf", "eot", "ico", "map");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (versioned(request)) {
            response.setHeader("Cache-Control", IMMUTABLE);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!decidedHere(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!decidedHere(name)) {
                        super.addHeader(name, value);
                    }
                }

                @Override
                public void setDateHeader(String name, long date) {
                    if (!decidedHere(name)) {
                        super.setDateHeader(name, date);
                    }
                }

                @Override
                public void addDateHeader(String name, long date) {
                    if (!decidedHere(name)) {
                        super.addDateHeader(name, date);
                    }
                }
            });
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean versioned(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !("&" + query).contains("&v=") || !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String uri = request.getRequestURI();
        if (uri.contains("/jakarta.faces.resource/")) {
            return true;
        }
        int dot = uri.lastIndexOf('.');
        return dot > uri.lastIndexOf('/') && TYPES.contains(uri.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Headers the server or Faces would set to a shorter life (Mojarra: seven days). */
    private static boolean decidedHere(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return "cache-control".equals(n) || "expires".equals(n) || "pragma".equals(n);
    }
}
