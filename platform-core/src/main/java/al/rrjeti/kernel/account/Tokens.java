package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** Issues and redeems one-time tokens. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private PlatformClock clock;

    /** @return the secret to put in the link; only its hash is stored */
    public String issue(Long accountId, TokenPurpose purpose, String payload) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new OneTimeToken(accountId, purpose, hash(secret), payload, clock.now()));
        return secret;
    }

    /**
     * Uses a token once.
     *
     * @throws BusinessException {@code token.invalid}, {@code token.used} or {@code token.expired}
     */
    public OneTimeToken redeem(String secret, TokenPurpose purpose) {
        OneTimeToken token = peek(secret, purpose);
        token.use(clock.now());
        return token;
    }

    /**
     * Checks a reusable token (such as "remember me") without spending it.
     *
     * @throws BusinessException {@code token.invalid}, {@code token.used} or {@code token.expired}
     */
    public OneTimeToken peek(String secret, TokenPurpose purpose) {
        OneTimeToken token = find(secret, purpose);
        if (token.isUsed()) {
            throw new BusinessException("token.used");
        }
        if (token.isExpired(clock.now())) {
            throw new BusinessException("token.expired");
        }
        return token;
    }

    /** Ends every open token of a purpose, e.g. older reset links once a new one is sent. */
    public void revokeAll(Long accountId, TokenPurpose purpose) {
        em.createQuery("UPDATE OneTimeToken t SET t.usedAt = :now WHERE t.accountId = :a AND t.purpose = :p"
                        + " AND t.usedAt IS NULL")
                .setParameter("now", clock.now()).setParameter("a", accountId).setParameter("p", purpose)
                .executeUpdate();
    }

    /** A token whatever its state (open, spent or expired), to tell a reused one from an unknown one. */
    public java.util.Optional<OneTimeToken> lookUp(String secret, TokenPurpose purpose) {
        try {
            return java.util.Optional.of(find(secret, purpose));
        } catch (BusinessException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** Ends every open token of a purpose that carries the payload: one "remember me" series. */
    public void revokeSeries(Long accountId, TokenPurpose purpose, String payload) {
        em.createQuery("UPDATE OneTimeToken t SET t.usedAt = :now WHERE t.accountId = :a AND t.purpose = :p"
                        + " AND t.payload = :s AND t.usedAt IS NULL")
                .setParameter("now", clock.now()).setParameter("a", accountId).setParameter("p", purpose)
                .setParameter("s", payload).executeUpdate();
    }

    private OneTimeToken find(String secret, TokenPurpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new BusinessException("token.invalid");
        }
        return em.createQuery("SELECT t FROM OneTimeToken t WHERE t.tokenHash = :h AND t.purpose = :p",
                        OneTimeToken.class)
                .setParameter("h", hash(secret)).setParameter("p", purpose)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("token.invalid"));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
