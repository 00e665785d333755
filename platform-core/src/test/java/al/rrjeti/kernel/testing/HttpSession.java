package al.rrjeti.kernel.testing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of HTTP for benchmarks: its session cookie, no redirects followed, Faces
 * form posts (URL-encoded or multipart). The JDK's cookie manager would not send cookies to
 * {@code localhost}, so the session cookie is carried by hand.
 */
public final class HttpSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** A file part of a multipart form. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    private final HttpClient client;
    private final String base;
    private String cookie;

    public HttpSession(String base) {
        this(base, newClient());
    }

    /** Shares one client (its connection pool) between sessions. */
    public HttpSession(String base, HttpClient client) {
        this.base = base.replaceAll("/$", "");
        this.client = client;
    }

    /** The application's address, without a trailing slash. */
    public String base() {
        return base;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    /** A GET that must answer 200; returns its latency in µs. */
    public long timedGet(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get(path);
        long micros = (System.nanoTime() - start) / 1000;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return micros;
    }

    public HttpResponse<String> postForm(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> postMultipart(String path, Map<String, List<String>> fields, List<FilePart> files)
            throws Exception {
        String boundary = "----rrjeti" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, List<String>> f : fields.entrySet()) {
            for (String value : f.getValue()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        for (FilePart p : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field()
                    + "\"; filename=\"" + p.fileName() + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Logs in through the login form; throws when the platform does not accept it. */
    public void logIn(String email, String password) throws Exception {
        logIn(email, password, false);
    }

    /** Logs in through the login form, ticking "remember me" if asked; returns the platform's answer (a redirect). */
    public HttpResponse<String> logIn(String email, String password, boolean rememberMe) throws Exception {
        String state = viewState(get("/login.xhtml").body());
        HttpResponse<String> r = postForm("/login.xhtml", "login=login&login%3Aemail=" + enc(email)
                + "&login%3Apassword=" + enc(password) + (rememberMe ? "&login%3Aremember=on" : "")
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login as " + email + " failed: " + r.statusCode());
        }
        return r;
    }

    /**
     * A client for the test server's HTTPS listener, whose certificate is Payara's own self-signed
     * one: it trusts any certificate and host name. For tests only.
     */
    public static HttpClient trustingClient() {
        try {
            javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
            ssl.init(null, new javax.net.ssl.TrustManager[] {new TrustingManager()}, new java.security.SecureRandom());
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .sslContext(ssl).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Extended, so that the JDK does not add its own host name check around it. */
    private static final class TrustingManager extends javax.net.ssl.X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType, java.net.Socket s) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType, java.net.Socket s) {
        }

        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType,
                javax.net.ssl.SSLEngine e) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType,
                javax.net.ssl.SSLEngine e) {
        }

        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }

    /** The session cookie ({@code JSESSIONID=…}), or null before the server gave one. */
    public String cookie() {
        return cookie;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .ifPresent(c -> cookie = c.split(";", 2)[0]);
        return r;
    }

    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return m.group(1);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
