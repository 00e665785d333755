package al.rrjeti.campaigns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The rows of {@code campaigns_secret}; a key is made in a transaction of its own, apart from the caller's. */
@ApplicationScoped
public class SecretStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "rrjeti-campaigns")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<byte[]> find(String name) {
        List<?> found = em.createNativeQuery("SELECT secret FROM campaigns_secret WHERE name = ?")
                .setParameter(1, name).getResultList();
        return found.stream().findFirst().map(v -> Base64.getDecoder().decode(v.toString()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] create(String name) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        em.createNativeQuery("INSERT INTO campaigns_secret (name, secret) VALUES (?, ?)").setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(key)).executeUpdate();
        return key;
    }
}
