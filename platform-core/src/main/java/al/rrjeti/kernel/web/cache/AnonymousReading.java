package al.rrjeti.kernel.web.cache;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.i18n.LanguageFilter;
import al.rrjeti.kernel.infrastructure.RequestPaths;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anonymous readers: no HTTP session, and pages from memory.
 *
 * <p>A request is an anonymous read when it is a GET or HEAD with no one logged in, no live
 * session, and no cookie but the language choice. For such a request:
 * <ul>
 * <li>a session the rendering made (PrimeFaces keeps its script nonce in the view map, a
 *     {@code @ViewScoped} bean lives in the session) is ended and its cookie taken back, unless the
 *     page holds a form whose state lives in it (a log-in or survey form: then the visitor needs it);
 * <li>a 200 HTML or JSON answer without a stateful form is kept in {@link PageCache} under its URL
 *     and language and served from there until its module announces a change;
 * <li>it carries an {@code ETag}, and a browser that has the page gets {@code 304 Not Modified}.
 * </ul>
 * Each reader of a kept page gets a fresh Content-Security-Policy nonce: the one it was rendered
 * with is replaced in the policy and the body.
 */
public class AnonymousReading extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Cookies an anonymous read may carry: the language choice; a session cookie is judged apart. */
    private static final Set<String> HARMLESS_COOKIES = Set.of(LanguageFilter.COOKIE);
    private static final Set<String> NEVER_CACHED = Set.of("/jakarta.faces.resource/", "/files/", "/omnifaces.push/",
            "/privacy/", "/mail/");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final String POLICY = "content-security-policy";
    private static final Set<String> REPLAYED_APART = Set.of(POLICY, "etag", "cache-control", "content-length",
            "content-type", "set-cookie", "date", "transfer-encoding");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Before anything reads a parameter (the language below): forms and queries are UTF-8.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        String path = RequestPaths.of(request);
        if (!anonymousRead(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean cacheable = cache.enabled() && request.getDispatcherType() == DispatcherType.REQUEST
                && "GET".equals(request.getMethod());
        String key = cacheable ? key(request) : null;
        if (cacheable) {
            CachedPage page = cache.get(key);
            if (page != null) {
                serve(page, request, response);
                return;
            }
        }
        long generation = cache.generation();
        CapturingResponse captured = new CapturingResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedOn()) {
            return;
        }
        byte[] body = captured.body();
        String type = captured.getContentType();
        boolean html = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
        boolean json = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
        boolean statefulForm = html && statefulForm(body);
        HttpSession session = request.getSession(false);
        if (session != null && !statefulForm) {
            forget(session, response, captured);
        }
        boolean keep = (html || json) && !statefulForm && captured.getStatus() == HttpServletResponse.SC_OK
                && captured.cookies().stream().allMatch(c -> LanguageFilter.COOKIE.equals(c.getName()))
                && !captured.headers().containsKey("set-cookie")
                && !privateAnswer(captured);
        if (!keep) {
            response.getOutputStream().write(body);
            return;
        }
        String policy = first(captured.headers(), POLICY);
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        CachedPage page = new CachedPage(owner(path), type, Map.copyOf(captured.headers()), body, etag(body),
                nonce != null && nonce.find() ? nonce.group(1) : null, System.nanoTime());
        if (cacheable) {
            cache.put(key, page, generation);
        }
        // The policy went out with this body's nonce already: no 304 here (a browser would pair its
        // stored copy with the new policy), no fresh nonce.
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether the request is an anonymous read (see the class comment). */
    static boolean anonymousRead(HttpServletRequest request, String path) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null
                || request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()) {
            return false;
        }
        for (String prefix : NEVER_CACHED) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            String sessionCookie = request.getServletContext().getSessionCookieConfig().getName();
            for (Cookie c : cookies) {
                if (!HARMLESS_COOKIES.contains(c.getName())
                        && !c.getName().equals(sessionCookie == null ? "JSESSIONID" : sessionCookie)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * URL (path and query), the language the page is written in, and what the reader accepts: an
     * answer chosen by content negotiation (JSON, or CSV for {@code Accept: text/csv}) is kept apart
     * for each way of asking.
     */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        return LanguageFilter.languageOf(request).code() + " " + (accept == null ? "" : accept.strip()) + " "
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The module whose change events drop the page: by its paths, else the kernel's. */
    static String owner(String path) {
        String p = path.startsWith("/api/") ? path.substring(4) : path;
        int end = p.indexOf('/', 1);
        if (end < 0 || p.substring(1, end).contains(".")) {
            return PublicContentChanged.KERNEL;
        }
        String first = p.substring(1, end);
        return Set.of("organisations", "account", "admin", "moderation", "search", "modules").contains(first)
                ? PublicContentChanged.KERNEL : first;
    }

    /** Whether the page holds a form whose view state is kept in the session. */
    static boolean statefulForm(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains("jakarta.faces.ViewState")) {
            return false;
        }
        Matcher m = VIEW_STATE.matcher(text);
        while (m.find()) {
            if (!"stateless".equals(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean privateAnswer(CapturingResponse captured) {
        String control = first(captured.headers(), "cache-control");
        return control != null && (control.contains("private") || control.contains("no-store"));
    }

    /**
     * Ends the session a read-only page made and takes its cookie back: the server's response is
     * reset (its session cookie goes) and given back what the platform set.
     */
    private static void forget(HttpSession session, HttpServletResponse response, CapturingResponse captured) {
        int status = captured.getStatus();
        String type = captured.getContentType();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!"set-cookie".equalsIgnoreCase(name)) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        response.reset();
        response.setStatus(status);
        if (type != null) {
            response.setContentType(type);
        }
        headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        captured.cookies().forEach(response::addCookie);
        captured.headers().getOrDefault("set-cookie", List.of()).forEach(v -> response.addHeader("Set-Cookie", v));
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Nothing left to end.
        }
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        // As the language filter would: ?lang= is remembered (the page itself is the same for all).
        LanguageFilter.asked(request).ifPresent(l -> response.addCookie(LanguageFilter.cookie(request, l)));
        response.setContentType(page.contentType());
        page.headers().forEach((name, values) -> {
            if (!REPLAYED_APART.contains(name)) {
                values.forEach(v -> response.addHeader(name, v));
            }
        });
        answer(page, page.body(), request, response);
    }

    /** Writes a kept page with a fresh nonce, or 304 when the browser has it already. */
    private static void answer(CachedPage page, byte[] rendered, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", "no-cache");
        String policy = first(page.headers(), POLICY);
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(page.etag()) || "*".equals(match.trim()))) {
            // The browser keeps the policy it stored with its copy: no new one here.
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = rendered;
        if (page.nonce() != null && policy != null) {
            String fresh = freshNonce(page.nonce().length());
            response.setHeader("Content-Security-Policy", policy.replace(page.nonce(), fresh));
            body = new String(rendered, StandardCharsets.UTF_8).replace(page.nonce(), fresh)
                    .getBytes(StandardCharsets.UTF_8);
        } else if (policy != null) {
            response.setHeader("Content-Security-Policy", policy);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static String freshNonce(int length) {
        byte[] bytes = new byte[Math.max(16, length * 3 / 4)];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().withoutPadding().encodeToString(bytes);
        return nonce.length() > length ? nonce.substring(0, length) : nonce;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
