package al.rrjeti.kernel.privacy;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's data across the platform: what the kernel holds and what every installed module's
 * {@link PersonalData} hands over, as one JSON document ("download my data"), and the erasure of
 * it all when the account is deleted. Modules are asked whether switched on or not: a module
 * switched off still holds its data, and the law asks for all of it.
 */
@ApplicationScoped
public class PersonalDataArchive {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    public static final String FORMAT = "rrjeti-personal-data/1";

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private PlatformClock clock;

    /** The person's data as a JSON document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(Long personId) {
        Account a = accounts.byId(personId).orElseThrow();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("exportedAt", clock.now().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", a.getId());
        account.put("email", a.getEmail());
        account.put("displayName", a.getDisplayName());
        account.put("language", a.getLanguage().getLanguage());
        account.put("status", a.getStatus().name());
        account.put("roles", a.getRoles().stream().map(r -> r.key()).sorted().toList());
        account.put("createdAt", text(a.getCreatedAt()));
        account.put("consentedAt", text(a.getConsentedAt()));
        doc.put("account", account);
        doc.put("memberships", PersonalData.rows(em.createQuery("SELECT m.organisationId, o.name, m.role, m.joinedAt"
                + " FROM Membership m, Organisation o WHERE o.id = m.organisationId AND m.accountId = :p", Object[].class)
                .setParameter("p", personId).getResultList(), "organisationId", "organisation", "role", "joinedAt"));
        doc.put("notifications", PersonalData.rows(em.createQuery("SELECT n.type, n.title, n.body, n.link, n.createdAt"
                + " FROM Notification n WHERE n.accountId = :p ORDER BY n.createdAt", Object[].class)
                .setParameter("p", personId).getResultList(), "type", "title", "body", "link", "createdAt"));
        doc.put("notificationPreferences", PersonalData.rows(em.createQuery("SELECT p.type, p.delivery"
                + " FROM NotificationPreference p WHERE p.accountId = :p", Object[].class)
                .setParameter("p", personId).getResultList(), "type", "delivery"));
        Map<String, Object> modules = new LinkedHashMap<>();
        for (InstalledModule m : registry.all()) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (PersonalData handler : m.descriptor().personalData()) {
                data.putAll(handler.export(personId));
            }
            if (!m.descriptor().personalData().isEmpty()) {
                modules.put(m.id(), data);
            }
        }
        doc.put("modules", modules);
        JsonbConfig config = new JsonbConfig().withFormatting(true);
        try (Jsonb jsonb = JsonbBuilder.create(config)) {
            return jsonb.toJson(plain(doc));
        } catch (Exception e) {
            throw new IllegalStateException("Personal data export failed", e);
        }
    }

    /**
     * Erases what the kernel and every installed module hold about the person, in the caller's
     * transaction (the account's own fields are the caller's: see {@code AccountSettings}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Long personId) {
        publicChange.fire(PublicContentChanged.kernel());
        for (InstalledModule m : registry.all()) {
            for (PersonalData handler : m.descriptor().personalData()) {
                handler.erase(personId);
            }
        }
        em.createQuery("DELETE FROM Notification n WHERE n.accountId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM NotificationPreference p WHERE p.accountId = :p").setParameter("p", personId)
                .executeUpdate();
    }

    /** Values JSON shows plainly: dates as ISO text, enums by name, the rest as they are. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
