package al.rrjeti.kernel.security;

import al.rrjeti.kernel.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * How modules show a person beside what they wrote. A deleted account keeps its posts but not its
 * name: it shows as "deleted account" in the reader's language.
 */
@ApplicationScoped
public class People {

    @Inject
    private Accounts accounts;

    @Inject
    private Texts texts;

    public String displayName(Long accountId, Locale reader) {
        return accounts.byId(accountId)
                .filter(a -> a.getStatus() != AccountStatus.DELETED)
                .map(Account::getDisplayName)
                .orElseGet(() -> texts.kernel(reader, "account.deleted"));
    }

    /** Names of many people at once (one query), for pages that list what many wrote. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> accountIds, Locale reader) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        String deleted = texts.kernel(reader, "account.deleted");
        java.util.Map<Long, Account> found = accounts.byIds(accountIds);
        for (Long id : accountIds) {
            Account a = found.get(id);
            names.put(id, a == null || a.getStatus() == AccountStatus.DELETED ? deleted : a.getDisplayName());
        }
        return names;
    }
}
