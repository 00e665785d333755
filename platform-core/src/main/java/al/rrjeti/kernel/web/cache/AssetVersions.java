package al.rrjeti.kernel.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of each stylesheet and script the platform ships, from its content: a release that
 * changes a file changes its URL at once, one that does not keeps browsers' copies
 * ({@link VersionedAssets} lets them keep it for a year).
 */
@Named("assets")
@ApplicationScoped
public class AssetVersions {

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Inject
    private ServletContext servlet;

    /**
     * The path (inside the application, e.g. {@code /rrjeti/css/rrjeti.css}) with {@code ?v=} and
     * the first hex digits of its content's SHA-256 after it.
     */
    public String path(String path) {
        return path + "?v=" + hashes.computeIfAbsent(path, p -> hash(servlet, p));
    }

    /** As {@link #path(String)}, the release's version first: {@code ?v=1.2.0-<hash>}. */
    public String path(String path, String version) {
        return path + "?v=" + version + "-" + hashes.computeIfAbsent(path, p -> hash(servlet, p));
    }

    static String hash(ServletContext servlet, String path) {
        try (InputStream in = servlet.getResourceAsStream(path)) {
            if (in == null) {
                return "0";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
