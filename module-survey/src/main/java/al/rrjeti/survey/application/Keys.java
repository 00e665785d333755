package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.security.KeyedHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;

/**
 * Keyed hashes (HMAC-SHA256) of an account with a measure or a survey, under the installation's
 * secret (the kernel's {@link KeyedHashes}, {@code rrjeti.secret}), which the database never holds:
 * the rating key and the "has answered" marker. Without the secret nobody, the database's reader
 * included, can tell whose they are; with it only by trying accounts one by one.
 *
 * <p>With no secret configured the module refuses ratings and answers rather than make one up: a
 * secret drawn at each start would let everyone rate and answer again after a restart, and one
 * stored to survive restarts would sit in the database (defeating the hash). Reading results keeps
 * working. The messages hashed are the same as when the survey kept a secret of its own, so an
 * installation that moved that secret to {@code rrjeti.secret} keeps every key.
 */
@ApplicationScoped
public class Keys {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    private KeyedHashes hashes;

    /** Whether ratings and answers can be taken. */
    public boolean available() {
        return hashes.available();
    }

    /** The key of an account's rating of a measure. */
    public String rater(long accountId, long measureId) {
        return hash("measure:" + measureId + ":account:" + accountId);
    }

    /** The marker of an account having answered a survey. */
    public String participant(long accountId, long surveyId) {
        return hash("survey:" + surveyId + ":account:" + accountId);
    }

    /** The marker of a browser (its cookie's token) having answered a survey without an account. */
    public String browser(String token, long surveyId) {
        return hash("survey:" + surveyId + ":browser:" + token);
    }

    /**
     * A new token for a browser's cookie: a random value and its keyed hash, so that the server can
     * tell its own tokens from made-up ones without storing any.
     */
    public String newBrowserToken() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String value = HexFormat.of().formatHex(random);
        return value + "." + hash("browser:" + value);
    }

    /** Whether a cookie's token is one this server gave. */
    public boolean isBrowserToken(String token) {
        if (!hashes.available() || token == null || !token.matches("[0-9a-f]{32}\\.[0-9a-f]{64}")) {
            return false;
        }
        return KeyedHashes.same(hash("browser:" + token.substring(0, 32)), token.substring(33));
    }

    private String hash(String message) {
        if (!hashes.available()) {
            throw new BusinessException("survey.unavailable");
        }
        return hashes.hex(message);
    }
}
