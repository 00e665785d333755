package al.rrjeti.kernel.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response of an anonymous read, held back until the page is complete: everything but the body
 * goes through to the server's response as usual (so errors and redirects behave as ever), the body
 * is kept here, and the headers and cookies the platform set are noted so that the page can be
 * {@linkplain AnonymousReading replayed} — and so that the session cookie a read-only page made the
 * server write can be taken back.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final List<Cookie> cookies = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedOn;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    List<Cookie> cookies() {
        return cookies;
    }

    /** Whether the answer went to the server directly (an error or a redirect): nothing to replay. */
    boolean passedOn() {
        return passedOn;
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        if (value != null) {
            headers.put(key(name), new ArrayList<>(List.of(value)));
        }
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        if (value != null) {
            headers.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date);
        headers.put(key(name), new ArrayList<>(List.of(getHeader(name))));
    }

    @Override
    public void addDateHeader(String name, long date) {
        super.addDateHeader(name, date);
        headers.computeIfAbsent(key(name), k -> new ArrayList<>()).add(getHeader(name));
    }

    @Override
    public void addCookie(Cookie cookie) {
        super.addCookie(cookie);
        cookies.add(cookie);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedOn = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedOn = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public void setContentLength(int len) {
        // Known when the page is written out.
    }

    @Override
    public void setContentLengthLong(long len) {
        // Known when the page is written out.
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedOn && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
        headers.clear();
        cookies.clear();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("An anonymous page is written in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
