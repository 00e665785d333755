package al.rrjeti.library.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.LinkCategory;
import al.rrjeti.library.domain.LinkDetails;
import al.rrjeti.library.domain.LinkEntry;
import al.rrjeti.library.domain.LinkStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The links directory: other platforms, institutions, CSOs and international bodies, each with a
 * description and the date the link checker last reached it. Editors keep it; everyone reads it.
 */
@ApplicationScoped
public class LinkDirectory {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private Permissions permissions;

    @Inject
    private PlatformClock clock;

    /** Every link, grouped by category in the enum's order, by name inside a group. */
    public Map<LinkCategory, List<LinkEntry>> byCategory() {
        Map<LinkCategory, List<LinkEntry>> groups = new EnumMap<>(LinkCategory.class);
        for (LinkEntry e : em.createQuery("SELECT l FROM LinkEntry l ORDER BY l.name.sq", LinkEntry.class)
                .getResultList()) {
            groups.computeIfAbsent(e.getCategory(), c -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** Links the checker found dead, for the editors to mend or remove. */
    public List<LinkEntry> dead() {
        return em.createQuery("SELECT l FROM LinkEntry l WHERE l.status = :s ORDER BY l.deadSince", LinkEntry.class)
                .setParameter("s", LinkStatus.DEAD).getResultList();
    }

    /** Links never checked, or not since {@code before}, the oldest first. */
    public List<LinkEntry> due(java.time.Instant before, int max) {
        return em.createQuery("SELECT l FROM LinkEntry l WHERE l.lastChecked IS NULL OR l.lastChecked < :t"
                + " ORDER BY l.lastChecked", LinkEntry.class).setParameter("t", before).setMaxResults(max)
                .getResultList();
    }

    /**
     * Records what a visit found.
     *
     * @return whether this check made the link dead
     */
    @Transactional
    public boolean record(Long id, LinkCheck check, int deadAfter) {
        publicChange.fire(PublicContentChanged.of("library"));
        LinkEntry e = em.find(LinkEntry.class, id);
        if (e == null) {
            return false; // removed while it was being checked
        }
        if (check.ok()) {
            e.answered(check.status(), clock.now());
            return false;
        }
        return e.failed(check.status(), check.problem(), deadAfter, clock.now());
    }

    public LinkEntry get(Long id) {
        LinkEntry e = id == null ? null : em.find(LinkEntry.class, id);
        if (e == null) {
            throw new BusinessException("library.unknown");
        }
        return e;
    }

    /** An editor adds a link (id null) or changes one. */
    @Transactional
    public LinkEntry save(Long id, LinkDetails details) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        LinkDetails d = details.normalised();
        check(d);
        if (id == null) {
            LinkEntry e = new LinkEntry(null, d, clock.now());
            em.persist(e);
            em.flush();
            return e;
        }
        LinkEntry e = get(id);
        e.change(d, clock.now());
        return e;
    }

    @Transactional
    public void remove(Long id) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        em.remove(get(id));
    }

    /**
     * Adds the package's platforms, institutions and CSOs that have a web address. An entry
     * already present is left as the editors keep it, so a second import adds nothing.
     *
     * @return how many links were added
     */
    @Transactional
    public int importBundled() {
        publicChange.fire(PublicContentChanged.of("library"));
        try (InputStream in = LinkDirectory.class.getClassLoader().getResourceAsStream(InformationPackage.BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The module carries no " + InformationPackage.BUNDLED);
            }
            return importFrom(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    int importFrom(Map<String, Object> root) {
        int added = 0;
        if (root.get("meta") instanceof Map<?, ?> meta && meta.get("related_existing_site") instanceof Map<?, ?> site) {
            added += add("site:related", LinkCategory.PLATFORM, Map.of("name_sq", "Rrjeti Antikorrupsion",
                    "name_en", "Anti-Corruption Network (project site)",
                    "url", String.valueOf(site.get("url")),
                    "description_en", String.valueOf(site.get("note_en")).lines().findFirst().orElse("")));
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) root.getOrDefault("channels", List.of())) {
            added += add("channel:" + c.get("id"), LinkCategory.PLATFORM, c);
        }
        for (Map<String, Object> i : (List<Map<String, Object>>) root.getOrDefault("institutions", List.of())) {
            added += add("institution:" + i.get("id"), LinkCategory.INSTITUTION, i);
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) root.getOrDefault("csos", List.of())) {
            added += add("cso:" + c.get("id"), LinkCategory.CSO, c);
        }
        return added;
    }

    private int add(String code, LinkCategory category, Map<?, ?> entry) {
        Object url = entry.get("url") != null ? entry.get("url") : entry.get("website");
        if (!(url instanceof String address) || !valid(address)
                || !em.createQuery("SELECT l.id FROM LinkEntry l WHERE l.code = :c", Long.class)
                        .setParameter("c", code).getResultList().isEmpty()) {
            return 0;
        }
        // A link needs a name in both languages: one the package lacks is the other's.
        BilingualText name = BilingualText.of(text(entry, "name_sq", 300), text(entry, "name_en", 300));
        em.persist(new LinkEntry(code, new LinkDetails(category, name.in(Language.SQ.locale()),
                name.in(Language.EN.locale()), address, firstOf(entry, "description_sq", "use_for_sq"),
                firstOf(entry, "description_en", "use_for_en")), clock.now()));
        return 1;
    }

    private static String firstOf(Map<?, ?> entry, String... keys) {
        for (String k : keys) {
            String t = text(entry, k, 2000);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String text(Map<?, ?> entry, String key, int max) {
        Object v = entry.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        String s = String.valueOf(v).strip().replaceAll("\\s+", " ");
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void check(LinkDetails d) {
        List<Violation> v = new ArrayList<>();
        if (d.category() == null) {
            v.add(new Violation("category", "input.required"));
        }
        required(v, "nameSq", d.nameSq(), 300);
        required(v, "nameEn", d.nameEn(), 300);
        if (d.url() == null) {
            v.add(new Violation("url", "input.required"));
        } else if (d.url().length() > 1000 || !valid(d.url())) {
            v.add(new Violation("url", "organisation.website.invalid"));
        }
        length(v, "descriptionSq", d.descriptionSq(), 2000);
        length(v, "descriptionEn", d.descriptionEn(), 2000);
        InvalidInputException.throwIfAny(v);
    }

    /** An absolute http(s) address with a host: nothing else is worth linking or checking. */
    static boolean valid(String url) {
        try {
            URI u = new URI(url.strip());
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<Violation> v, String field, String value, int max) {
        if (value == null) {
            v.add(new Violation(field, "input.required"));
        } else {
            length(v, field, value, max);
        }
    }

    private static void length(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "input.length", 0, max));
        }
    }
}
