package al.rrjeti.kernel.web.cache;

import java.util.List;
import java.util.Map;

/**
 * A page as an anonymous reader got it: body, type, the headers the platform set (the security
 * headers among them), and the Content-Security-Policy nonce it was rendered with, which each reader
 * gets afresh ({@link AnonymousReading}).
 *
 * @param owner the module whose paths the page lives under, or {@code kernel}
 * @param nonce the script nonce written into the body and the policy, or null
 * @param storedAt when it was rendered, in {@link System#nanoTime()}
 */
record CachedPage(String owner, String contentType, Map<String, List<String>> headers, byte[] body, String etag,
        String nonce, long storedAt) {

    long size() {
        return body.length + 512L;
    }
}
