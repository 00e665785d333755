package al.rrjeti.kernel.api.security;

import al.rrjeti.kernel.api.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hashes (HMAC-SHA256) under the installation's secret, {@value #SETTING}, which lives outside
 * the database (the run command keeps it in a file beside the server, readable by the server's
 * user only): a value stored as such a hash (who rated a measure, who answered a survey) cannot be
 * tied to a person from a database dump, and a token signed with it (an unsubscribe link, a
 * browser's cookie) cannot be made by anyone else.
 *
 * <p>Each module starts its messages with its own words ({@code "campaigns-unsubscribe:" + id}),
 * so two modules never compute the same hash for different things. With no secret (or a short one)
 * the platform does not make one up: one drawn at each start would change every hash at a restart,
 * and one written to the database would defeat the hash. {@link #available()} says so, and a hash
 * asked for anyway is refused with a message for the person.
 */
@ApplicationScoped
public class KeyedHashes {

    public static final String SETTING = "rrjeti.secret";

    public static final int MIN_SECRET_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private static final Logger LOG = Logger.getLogger(KeyedHashes.class.getName());

    @Inject
    @ConfigProperty(name = SETTING)
    private Optional<String> configured;

    private SecretKeySpec key;

    public KeyedHashes() {
        // for CDI
    }

    /** Outside a container (tests): hashes under {@code secret}, none when it is too short. */
    public KeyedHashes(String secret) {
        this.configured = Optional.ofNullable(secret);
        read();
    }

    @PostConstruct
    void read() {
        String s = configured.map(String::strip).orElse("");
        if (s.length() >= MIN_SECRET_LENGTH) {
            key = new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        } else {
            LOG.warning(() -> SETTING + " is not set (or shorter than " + MIN_SECRET_LENGTH + " characters): what needs"
                    + " a keyed hash (survey answers and ratings, newsletter unsubscribe links) is refused until the"
                    + " operator sets it, e.g. RRJETI_SECRET=$(openssl rand -base64 48), and restarts."
                    + " Never change it afterwards.");
        }
    }

    /** Whether the secret is set, so that hashes can be made. */
    public boolean available() {
        return key != null;
    }

    /** The hash of {@code message} in lower-case hexadecimal (64 characters). */
    public String hex(String message) {
        return HexFormat.of().formatHex(mac(message));
    }

    /** The hash of {@code message} in URL-safe Base64 without padding (43 characters), for links. */
    public String base64Url(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(message));
    }

    /** Whether two hashes are the same, in a time that does not tell how much of them is. */
    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String message) {
        if (key == null) {
            throw new BusinessException("error.secret-missing");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
