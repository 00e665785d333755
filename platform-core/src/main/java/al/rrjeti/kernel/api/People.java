package al.rrjeti.kernel.api;

import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.AccountStatus;
import al.rrjeti.kernel.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People as modules see them: references to accounts, their names as shown beside what they
 * wrote, and who holds a role. A deleted account keeps its posts but not its name: it shows as
 * "deleted account" in the reader's language.
 */
@ApplicationScoped
public class People {

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Inject
    private Texts texts;

    public Optional<Person> find(Long id) {
        return accounts.byId(id).map(People::person);
    }

    /** People by id, in one query; ids not found are missing from the map. */
    public Map<Long, Person> byIds(Collection<Long> ids) {
        Map<Long, Person> found = new LinkedHashMap<>();
        accounts.byIds(ids).forEach((id, a) -> found.put(id, person(a)));
        return found;
    }

    /** Active accounts holding a role of their own (moderator, editor, operator …). */
    public List<Person> withRole(Role role) {
        return accounts.activeWithRole(role).stream().map(People::person).toList();
    }

    /** The roles a person holds now: their own and those their verified organisations give. */
    public Set<Role> roles(Long personId) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        accounts.byId(personId).filter(Account::isActive).ifPresent(a -> {
            all.addAll(a.getRoles());
            all.addAll(organisations.rolesThroughMemberships(personId));
        });
        return all;
    }

    public String displayName(Long accountId, Locale reader) {
        return accounts.byId(accountId)
                .filter(a -> a.getStatus() != AccountStatus.DELETED)
                .map(Account::getDisplayName)
                .orElseGet(() -> texts.kernel(reader, "account.deleted"));
    }

    /** Names of many people at once (one query), for pages that list what many wrote. */
    public Map<Long, String> displayNames(Collection<Long> accountIds, Locale reader) {
        Map<Long, String> names = new HashMap<>();
        String deleted = texts.kernel(reader, "account.deleted");
        Map<Long, Account> found = accounts.byIds(accountIds);
        for (Long id : accountIds) {
            Account a = found.get(id);
            names.put(id, a == null || a.getStatus() == AccountStatus.DELETED ? deleted : a.getDisplayName());
        }
        return names;
    }

    /** The kernel's own view of an account as a reference; for the kernel, not for modules. */
    public static Person person(Account a) {
        return new Person(a.getId(), a.getDisplayName(), a.getEmail(), a.getLanguage(),
                a.getStatus() == AccountStatus.DELETED);
    }
}
