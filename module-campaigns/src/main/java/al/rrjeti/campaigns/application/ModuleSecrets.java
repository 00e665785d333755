package al.rrjeti.campaigns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secret keys the module makes for itself (32 random bytes each, kept in {@code campaigns_secret}),
 * so an installation needs no configuration for them and keeps them across restarts.
 */
@ApplicationScoped
public class ModuleSecrets {

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    @Inject
    private SecretStore store;

    public byte[] key(String name) {
        return known.computeIfAbsent(name, n -> store.find(n).orElseGet(() -> {
            try {
                return store.create(n);
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                // made at the same moment by another request: theirs is the one kept
                return store.find(n).orElseThrow(() -> e);
            }
        }));
    }
}
