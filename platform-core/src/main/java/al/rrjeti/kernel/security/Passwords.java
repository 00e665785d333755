package al.rrjeti.kernel.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with the container's PBKDF2-HMAC-SHA256 at {@value #ITERATIONS}
 * iterations, OWASP's advice for this algorithm (Password Storage Cheat Sheet, 2023 onwards): about
 * a fifth of a second of one core per login here, which a person does not notice and a guesser
 * with a stolen table pays for every try. Each hash records its own algorithm and iteration
 * count, so older hashes stay valid and are replaced at the owner's next login
 * ({@link #needsRehash}).
 *
 * <p>{@code rrjeti.security.password-iterations} changes the cost: higher on a bigger server; lower
 * only for the test servers, whose hundreds of logins would otherwise spend minutes hashing (the
 * server log says so at every start when it is below the advice).
 */
@ApplicationScoped
public class Passwords {

    private static final Logger LOG = Logger.getLogger(Passwords.class.getName());

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's advice, the default. */
    public static final int ITERATIONS = 600_000;
    /** The least the container's PBKDF2 accepts. */
    static final int LEAST = 1024;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "rrjeti.security.password-iterations", defaultValue = "600000")
    private int iterations;

    /** A hash of a random password, checked against when no account matches, so that both cost the same. */
    private String dummy;

    @PostConstruct
    void configure() {
        if (iterations < LEAST) {
            throw new IllegalStateException("rrjeti.security.password-iterations must be at least " + LEAST
                    + " (OWASP advises " + ITERATIONS + "), not " + iterations);
        }
        if (iterations < ITERATIONS) {
            LOG.warning("Passwords are hashed with " + iterations + " PBKDF2 iterations, below the " + ITERATIONS
                    + " OWASP advises: acceptable on a test server only (rrjeti.security.password-iterations)");
        }
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        dummy = hash(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends what checking a real password costs, for a login whose account does not exist. */
    public void matchNothing(String password) {
        matches(password == null ? "" : password, dummy);
    }

    /** Whether a stored hash was made with other parameters than today's (the algorithm, fewer iterations). */
    public boolean needsRehash(String storedHash) {
        return needsRehash(storedHash, iterations);
    }

    static boolean needsRehash(String storedHash, int iterations) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
