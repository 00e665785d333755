package al.rrjeti.library.application;

import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.library.domain.InfoEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Imports the initial information package (institutions, reporting channels, the two case paths,
 * the legal framework, international instruments, indicators, CSOs) into the library's pages.
 * Idempotent: a second import updates what changed and never duplicates.
 */
@ApplicationScoped
public class InformationPackage {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    private static final Logger LOG = Logger.getLogger(InformationPackage.class.getName());
    static final String BUNDLED = "META-INF/rrjeti/library/information-package.yaml";

    /** The sections shown as pages, in the order of the package. */
    public static final List<String> SECTIONS = List.of("institutions", "channels", "case_paths", "legal_framework",
            "international", "indicators", "perception", "csos");

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private PlatformClock clock;

    @Inject
    private OrganisationLookup organisations;

    private final Jsonb json = JsonbBuilder.create();

    /** Imports the package the module carries. */
    @Transactional
    public int importBundled() {
        publicChange.fire(PublicContentChanged.of("library"));
        try (InputStream in = InformationPackage.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The module carries no " + BUNDLED);
            }
            return importFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many entries were added or changed */
    @Transactional
    @SuppressWarnings("unchecked")
    public int importFrom(InputStream yaml) {
        publicChange.fire(PublicContentChanged.of("library"));
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        int changed = 0;
        for (String section : List.of("institutions", "channels", "legal_framework", "international", "csos")) {
            changed += importList(section, (List<Map<String, Object>>) root.getOrDefault(section, List.of()));
        }
        Map<String, Object> paths = (Map<String, Object>) root.getOrDefault("case_paths", Map.of());
        List<Map<String, Object>> pathList = new ArrayList<>();
        paths.forEach((code, value) -> pathList.add(withId(code, (Map<String, Object>) value)));
        changed += importList("case_paths", pathList);
        Map<String, Object> indicators = (Map<String, Object>) root.getOrDefault("indicators", Map.of());
        if (indicators.get("cpi") instanceof Map<?, ?> cpi) {
            changed += importList("indicators", List.of(withId("cpi", (Map<String, Object>) cpi)));
        }
        changed += importList("perception",
                (List<Map<String, Object>>) indicators.getOrDefault("perception_surveys", List.of()));
        int count = changed;
        LOG.info(() -> "Information package imported: " + count + " entries added or changed");
        return changed;
    }

    public List<InfoEntry> section(String section) {
        return em.createQuery("SELECT e FROM InfoEntry e WHERE e.section = :s ORDER BY e.position", InfoEntry.class)
                .setParameter("s", section).getResultList();
    }

    /** The entry's fields, as imported. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> data(InfoEntry entry) {
        return json.fromJson(entry.getData(), LinkedHashMap.class);
    }

    /**
     * The verified CSO of the network directory that a CSO entry of the package describes, matched
     * by acronym or English name; null while it has not joined.
     */
    public OrganisationRef inDirectory(Map<String, Object> data) {
        for (Object probe : new Object[] {data.get("acronym"), data.get("name_en")}) {
            if (probe instanceof String p && p.length() >= 3) {
                for (OrganisationRef o : organisations.verified(OrganisationType.CSO, p)) {
                    if (o.getName().toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT))) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The Albanian drafts that wait for a native speaker's or lawyer's review: every text of an
     * object the package marks {@code sq_review_needed} (a list names the fields, {@code true} means all).
     */
    public List<ReviewText> awaitingReview() {
        List<ReviewText> texts = new ArrayList<>();
        for (String section : SECTIONS) {
            for (InfoEntry entry : section(section)) {
                collectReview(section, entry, data(entry), texts);
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static void collectReview(String section, InfoEntry entry, Object node, List<ReviewText> out) {
        if (node instanceof Map<?, ?> map) {
            Object marked = map.get("sq_review_needed");
            if (marked instanceof List<?> fields) {
                // The English original is field_en, or the field without suffix (legal_basis, survey).
                fields.forEach(f -> out.add(new ReviewText(section, entry, String.valueOf(f),
                        text(map.get(f + "_sq")), text(map.get(f + "_en") != null ? map.get(f + "_en") : map.get(f)))));
            } else if (Boolean.TRUE.equals(marked) && map.get("sq") != null) {
                out.add(new ReviewText(section, entry, "", String.valueOf(map.get("sq")), String.valueOf(map.get("en"))));
            } else if (Boolean.TRUE.equals(marked) && map.get("name_sq") != null) {
                out.add(new ReviewText(section, entry, "name", String.valueOf(map.get("name_sq")),
                        String.valueOf(map.get("name_en"))));
            }
            map.values().forEach(v -> collectReview(section, entry, v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectReview(section, entry, v, out));
        }
    }

    private static String text(Object v) {
        return v instanceof List<?> l ? String.join(" · ", l.stream().map(String::valueOf).toList())
                : v == null ? null : String.valueOf(v);
    }

    /** One Albanian draft waiting for review, beside the English it was written from. */
    public record ReviewText(String section, InfoEntry entry, String field, String albanian, String english) {
    }

    private int importList(String section, List<Map<String, Object>> entries) {
        int changed = 0;
        int position = 0;
        for (Map<String, Object> e : entries) {
            String code = String.valueOf(e.getOrDefault("id", section + "-" + position));
            InfoEntry entry = em.createQuery("SELECT e FROM InfoEntry e WHERE e.section = :s AND e.code = :c",
                            InfoEntry.class).setParameter("s", section).setParameter("c", code)
                    .getResultStream().findFirst().orElse(null);
            if (entry == null) {
                entry = new InfoEntry(section, code);
                em.persist(entry);
            }
            String sq = first(e, "name_sq", "title_sq", "survey_sq");
            String en = first(e, "name_en", "title_en", "survey");
            if (entry.update(position++, sq, en, json.toJson(plain(e)), str(e.get("status")),
                    clock.now().atZone(ZoneOffset.UTC).toLocalDate())) {
                changed++;
            }
        }
        return changed;
    }

    private static Map<String, Object> withId(String id, Map<String, Object> value) {
        Map<String, Object> copy = new LinkedHashMap<>(value);
        copy.put("id", id);
        return copy;
    }

    /** YAML dates and other types become text, so that the JSON reads back the same. */
    @SuppressWarnings("unchecked")
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InformationPackage::plain).toList();
        }
        if (value instanceof Number || value instanceof Boolean || value == null) {
            return value;
        }
        return value instanceof java.util.Date d ? d.toInstant().toString().substring(0, 10) : String.valueOf(value);
    }

    private static String first(Map<String, Object> e, String... keys) {
        for (String k : keys) {
            if (e.get(k) != null) {
                return String.valueOf(e.get(k)).strip();
            }
        }
        return null;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
