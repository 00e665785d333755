package al.rrjeti.library.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.Guide;
import al.rrjeti.library.infrastructure.LibrarySearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The citizen guides: the module brings the first versions; editors edit them in the browser
 * (Markdown, shown through the kernel's sanitiser). An import adds missing guides only, so an
 * editor's work is never overwritten.
 */
@ApplicationScoped
public class GuideService {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    static final String BUNDLED = "META-INF/rrjeti/library/guides.yaml";

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private LibrarySearch search;

    public List<Guide> all() {
        return em.createQuery("SELECT g FROM Guide g ORDER BY g.position", Guide.class).getResultList();
    }

    public Optional<Guide> find(String code) {
        return em.createQuery("SELECT g FROM Guide g WHERE g.code = :c", Guide.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** Adds the bundled guides that are missing; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int ensureBundled() {
        publicChange.fire(PublicContentChanged.of("library"));
        try (InputStream in = GuideService.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            List<Map<String, Object>> guides = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            int added = 0;
            int position = 0;
            for (Map<String, Object> g : guides) {
                String code = (String) g.get("code");
                position++;
                if (find(code).isEmpty()) {
                    Guide guide = new Guide(code, position);
                    guide.edit((String) g.get("title_sq"), (String) g.get("title_en"), (String) g.get("body_sq"),
                            (String) g.get("body_en"), null, clock.now());
                    em.persist(guide);
                    search.changed(guide);
                    added++;
                }
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An editor rewrites a guide; both languages are required. */
    @Transactional
    public Guide edit(String code, String titleSq, String titleEn, String bodySq, String bodyEn) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        Guide guide = find(code).orElseThrow(() -> new BusinessException("library.unknown"));
        List<Violation> v = new ArrayList<>();
        check(v, "titleSq", titleSq, 200);
        check(v, "titleEn", titleEn, 200);
        check(v, "bodySq", bodySq, 50_000);
        check(v, "bodyEn", bodyEn, 50_000);
        InvalidInputException.throwIfAny(v);
        guide.edit(titleSq, titleEn, bodySq, bodyEn, caller.requireAccount().getId(), clock.now());
        search.changed(guide);
        return guide;
    }

    private static void check(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "input.required"));
        } else if (value.length() > max) {
            v.add(new Violation(field, "input.length", 1, max));
        }
    }
}
