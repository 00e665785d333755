package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of an account with a measure or a survey, under the server's secret
 * ({@code rrjeti.survey.secret}), which the database never holds: the rating key and the
 * "has answered" marker. Without the secret nobody, the database's reader included, can tell whose
 * they are; with it only by trying accounts one by one.
 *
 * <p>With no secret configured (or a short one) the module refuses ratings and answers rather than
 * make one up: a secret drawn at each start would let everyone rate and answer again after a
 * restart, and one stored to survive restarts would sit in the database (defeating the hash) or,
 * on the default installation, in the folder beside it. Reading results keeps working.
 */
@ApplicationScoped
public class Keys {

    public static final int MIN_SECRET_LENGTH = 32;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final Logger LOG = Logger.getLogger(Keys.class.getName());

    @Inject
    private SurveySettings settings;

    private byte[] secret;

    @PostConstruct
    void read() {
        String s = settings.secret().map(String::strip).orElse("");
        if (s.length() >= MIN_SECRET_LENGTH) {
            secret = s.getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warning(() -> SurveySettings.SECRET + " is not set (or shorter than " + MIN_SECRET_LENGTH
                    + " characters): ratings and survey answers are refused until the operator sets it, e.g."
                    + " RRJETI_SURVEY_SECRET=$(openssl rand -base64 48), and restarts. Never change it afterwards.");
        }
    }

    /** Whether ratings and answers can be taken. */
    public boolean available() {
        return secret != null;
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
        if (secret == null || token == null || !token.matches("[0-9a-f]{32}\\.[0-9a-f]{64}")) {
            return false;
        }
        String value = token.substring(0, 32);
        return java.security.MessageDigest.isEqual(hash("browser:" + value).getBytes(StandardCharsets.US_ASCII),
                token.substring(33).getBytes(StandardCharsets.US_ASCII));
    }

    private String hash(String message) {
        if (secret == null) {
            throw new BusinessException("survey.unavailable");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
