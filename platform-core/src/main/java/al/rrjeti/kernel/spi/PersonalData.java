package al.rrjeti.kernel.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a module keeps about a person, handed over or erased when the kernel asks: the account's
 * "download my data" and account deletion (Albania's law on personal data protection, the GDPR).
 * Every module that stores anything tied to an account names one in its descriptor. The kernel
 * calls it for installed modules whether they are switched on or not.
 */
public interface PersonalData {

    /**
     * Everything the module holds about the person, as JSON-ready values (maps, lists, strings,
     * numbers, booleans, dates as ISO text), keyed by what it is ({@code "posts"}, {@code "follows"}).
     */
    Map<String, Object> export(Long personId);

    /**
     * Erases or anonymises what the module holds about the person, in the caller's transaction.
     * What others need to keep reading (a public post) may stay, with the author shown as a
     * deleted account; what only concerns the person (subscriptions, drafts, follows) goes.
     */
    void erase(Long personId);

    /** Query rows as named values, for {@link #export}: {@code rows(query.getResultList(), "id", "title")}. */
    static List<Map<String, Object>> rows(List<Object[]> rows, String... names) {
        return rows.stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], row[i]);
            }
            return m;
        }).toList();
    }
}
