package al.rrjeti.library.application;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.library.domain.InfoEntry;
import al.rrjeti.library.domain.InfoText;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.SeededPublication;
import al.rrjeti.library.domain.Topic;
import al.rrjeti.library.infrastructure.LibrarySearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the documents the information package names into the library as publications on first
 * start: the laws and strategies, the international instruments, the Corruption Perceptions Index
 * year by year and the perception surveys (the CSOs' and others' monitoring). No file is copied:
 * each publication links to its source, with the package's verification status and last check.
 * Seeded once per key: an editor's later changes are kept.
 */
@ApplicationScoped
public class PublicationSeed {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    private static final Logger LOG = Logger.getLogger(PublicationSeed.class.getName());
    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20[0-4]\\d)\\b");

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private InformationPackage pack;

    @Inject
    private PublicationRepository repository;

    @Inject
    private LibrarySearch search;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private PlatformClock clock;

    /** One document to seed. */
    record Seed(String key, PublicationKind kind, String titleSq, String titleEn, String summarySq,
            String summaryEn, LocalDate date, String link, String source, String topic, String status) {
    }

    /** @return how many publications were added */
    @Transactional
    public int ensureFromPackage() {
        publicChange.fire(PublicContentChanged.of("library"));
        int added = 0;
        for (Seed seed : seeds()) {
            if (em.find(SeededPublication.class, seed.key()) == null && seed.date() != null) {
                add(seed);
                added++;
            }
        }
        if (added > 0) {
            catalogue.changed();
        }
        int count = added;
        LOG.info(() -> "Library seeded from the information package: " + count + " publications added");
        return added;
    }

    /** The seed record of a publication, if the platform put it there. */
    public java.util.Optional<SeededPublication> seeded(Long publicationId) {
        return em.createQuery("SELECT s FROM SeededPublication s WHERE s.publicationId = :p", SeededPublication.class)
                .setParameter("p", publicationId).getResultStream().findFirst();
    }

    private void add(Seed seed) {
        Long topicId = repository.topic(seed.topic()).or(() -> repository.topic("anti-corruption"))
                .map(Topic::getId).orElse(null);
        PublicationDetails details = new PublicationDetails(seed.kind(), cut(seed.titleSq(), 300),
                cut(seed.titleEn(), 300), cut(seed.summarySq(), 4000), cut(seed.summaryEn(), 4000), seed.date(),
                BilingualText.of(seed.titleSq(), seed.titleEn()).languageIn(Language.DEFAULT.locale()),
                cut(seed.link(), 500), null, cut(seed.source(), 300),
                topicId == null ? Set.of() : Set.of(topicId), Set.of());
        Publication p = Publication.submit(details, SeededPublication.PLATFORM, null, clock.now());
        p.publish(clock.now());
        repository.add(p);
        em.flush();
        em.persist(new SeededPublication(seed.key(), p.getId(), seed.status(), clock.now().atZone(java.time.ZoneOffset.UTC).toLocalDate(), false));
        search.changed(p);
    }

    List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        for (InfoEntry e : pack.section("legal_framework")) {
            Map<String, Object> d = pack.data(e);
            if (d.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    Map<String, Object> law = cast(item);
                    seeds.add(law("law-" + slug(str(law.get("name_en"))), law, null, str(law.get("source"))));
                }
            } else {
                seeds.add(law("law-" + e.getCode(), d, InfoText.of(d, "key_points", Language.SQ), firstSource(d)));
            }
        }
        for (InfoEntry e : pack.section("international")) {
            Map<String, Object> d = pack.data(e);
            seeds.add(new Seed("instrument-" + e.getCode(), PublicationKind.INTERNATIONAL_INSTRUMENT, str(d.get("name_sq")),
                    str(d.get("name_en")), str(d.get("albania_status_sq")), str(d.get("albania_status_en")),
                    year(str(d.get("name_en")) + " " + str(d.get("albania_status_en")), 2001), firstSource(d),
                    host(firstSource(d)), "anti-corruption", e.getStatus()));
        }
        for (InfoEntry e : pack.section("indicators")) {
            if (pack.data(e).get("series") instanceof List<?> series) {
                for (Object row : series) {
                    Map<String, Object> r = cast(row);
                    if (r.get("score") instanceof Number score && r.get("source") != null) {
                        int year = ((Number) r.get("year")).intValue();
                        seeds.add(cpi(year, score, r));
                    }
                }
            }
        }
        for (InfoEntry e : pack.section("perception")) {
            Map<String, Object> d = pack.data(e);
            String en = str(d.get("survey"));
            seeds.add(new Seed("survey-" + e.getCode(), PublicationKind.PERCEPTION_REPORT, str(d.get("survey_sq")), en,
                    figures(d, Language.SQ), figures(d, Language.EN), year(en, null), firstSource(d), host(firstSource(d)),
                    "anti-corruption", e.getStatus()));
        }
        return seeds;
    }

    private Seed law(String key, Map<String, Object> d, InfoText points, String link) {
        String en = str(d.get("name_en"));
        PublicationKind kind = key.contains("strategy") ? PublicationKind.STRATEGY : PublicationKind.LEGAL_ACT;
        String summarySq = points == null ? null : String.join("\n", InfoText.of(d, "key_points", Language.SQ).items());
        String summaryEn = points == null ? null : String.join("\n", InfoText.of(d, "key_points", Language.EN).items());
        return new Seed(key, kind, str(d.get("name_sq")), en, emptyToNull(summarySq), emptyToNull(summaryEn),
                year(en, null), link, host(link), topic(en), str(d.get("status")));
    }

    private static Seed cpi(int year, Number score, Map<String, Object> r) {
        String rank = r.get("rank") == null ? "" : r.get("rank") + (r.get("of") == null ? "" : "/" + r.get("of"));
        return new Seed("cpi-" + year, PublicationKind.PERCEPTION_REPORT,
                "Indeksi i Perceptimit të Korrupsionit " + year + ": Shqipëria " + score + " pikë",
                "Corruption Perceptions Index " + year + ": Albania scores " + score,
                "Transparency International: Shqipëria mori " + score + " pikë nga 100"
                        + (rank.isEmpty() ? "." : ", e renditur e " + rank + "."),
                "Transparency International: Albania scored " + score + " out of 100"
                        + (rank.isEmpty() ? "." : ", ranked " + rank + "."),
                LocalDate.of(year, 1, 1), str(r.get("source")), "Transparency International", "anti-corruption",
                str(r.get("status")));
    }

    private static String figures(Map<String, Object> d, Language lang) {
        List<String> lines = new ArrayList<>();
        if (d.get("figures") instanceof List<?> figures) {
            for (Object f : figures) {
                Map<String, Object> fig = cast(f);
                Object value = fig.get("value_pct") != null ? fig.get("value_pct") + "%" : fig.get("value");
                String label = InfoText.of(fig, "", lang).text();
                if (label != null) {
                    lines.add(label + (value == null ? "" : ": " + value));
                }
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String topic(String nameEn) {
        String n = nameEn == null ? "" : nameEn.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("whistleblow")) {
            return "whistleblowing";
        }
        if (n.contains("procurement")) {
            return "public-procurement";
        }
        if (n.contains("prosecution") || n.contains("criminal") || n.contains("judicial")) {
            return "justice";
        }
        if (n.contains("conflict") || n.contains("assets") || n.contains("integrity")) {
            return "integrity";
        }
        if (n.contains("information") || n.contains("consultation") || n.contains("audit")) {
            return "good-governance";
        }
        return "anti-corruption";
    }

    private static LocalDate year(String text, Integer fallback) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        if (m.find()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
        }
        return fallback == null ? null : LocalDate.of(fallback, 1, 1);
    }

    private static String firstSource(Map<String, Object> d) {
        return d.get("sources") instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : null;
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url).getHost().replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 70 ? slug.substring(0, 70) : slug;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o).strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
