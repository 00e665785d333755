package al.rrjeti.forum.application;

import al.rrjeti.forum.ForumModule;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The categories of both spaces: seeded on first start, then managed by editors. */
@ApplicationScoped
public class CategoryService {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    /** code, space, sq name, en name, sq description, en description */
    private static final String[][] DEFAULTS = {
        {"network-achievements", "NETWORK", "Arritje", "Achievements",
            "Çfarë ka arritur rrjeti dhe anëtarët e tij.", "What the network and its members have achieved."},
        {"network-problems", "NETWORK", "Probleme dhe shqetësime", "Problems and concerns",
            "Pengesat që hasim në punën kundër korrupsionit.", "Obstacles we meet in anti-corruption work."},
        {"network-priorities", "NETWORK", "Prioritete", "Priorities",
            "Ku duhet të përqendrohet rrjeti.", "Where the network should focus."},
        {"network-joint-actions", "NETWORK", "Veprime të përbashkëta", "Joint actions",
            "Propozime për qëndrime, fushata dhe veprime të përbashkëta.",
            "Proposals for joint positions, campaigns and actions."},
        {"public-reporting", "PUBLIC", "Si të denoncoj", "How to report",
            "Pyetje për denoncimin e korrupsionit dhe mbrojtjen e sinjalizuesve.",
            "Questions on reporting corruption and protecting whistle-blowers."},
        {"public-information-requests", "PUBLIC", "Kërkesa për informacion", "Information requests",
            "Kërkesa drejtuar institucioneve dhe organizatave, me afat përgjigjeje.",
            "Requests addressed to institutions and organisations, with an answer deadline."},
        {"public-opinions", "PUBLIC", "Mendime", "Opinions",
            "Mendimet tuaja për masat kundër korrupsionit.", "Your views on the anti-corruption measures."},
    };

    @Inject
    private ForumRepository repository;

    @Inject
    private Permissions permissions;

    /** Adds the default categories that are missing; never duplicates, never overwrites an editor's names. */
    @Transactional
    public void ensureDefaults() {
        int position = 0;
        for (String[] d : DEFAULTS) {
            position++;
            if (repository.categoryByCode(d[0]).isEmpty()) {
                Category c = new Category(Space.valueOf(d[1]), d[0], position * 10);
                c.describe(d[2], d[3], d[4], d[5]);
                repository.add(c);
            }
        }
    }

    /** The kinds of thread a category offers, the one it is made for first (requests in the requests category). */
    public List<al.rrjeti.forum.domain.ThreadKind> kindsFor(Category c) {
        List<al.rrjeti.forum.domain.ThreadKind> kinds = new ArrayList<>(java.util.Arrays.stream(
                al.rrjeti.forum.domain.ThreadKind.values()).filter(k -> k.allowedIn(c.getSpace())).toList());
        if (c.getCode().endsWith("information-requests")) {
            kinds.remove(al.rrjeti.forum.domain.ThreadKind.INFORMATION_REQUEST);
            kinds.add(0, al.rrjeti.forum.domain.ThreadKind.INFORMATION_REQUEST);
        }
        return kinds;
    }

    public List<Category> of(Space space) {
        return repository.categories(space);
    }

    public Category get(Long id) {
        return repository.category(id).orElseThrow(() -> new BusinessException("forum.unknown"));
    }

    /** An editor adds a category to a space. */
    @Transactional
    public Category add(Space space, String nameSq, String nameEn, String descriptionSq, String descriptionEn) {
        publicChange.fire(PublicContentChanged.of("forum"));
        permissions.require(ForumModule.MANAGE);
        check(space, nameSq, nameEn, descriptionSq, descriptionEn);
        String base = space.key() + "-" + nameEn.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String code = base;
        for (int n = 2; repository.categoryByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        int position = repository.categories(space).stream().mapToInt(Category::getPosition).max().orElse(0) + 10;
        Category c = new Category(space, code.length() > 60 ? code.substring(0, 60) : code, position);
        c.describe(nameSq.strip(), nameEn.strip(), blankToNull(descriptionSq), blankToNull(descriptionEn));
        repository.add(c);
        return c;
    }

    @Transactional
    public void update(Long id, String nameSq, String nameEn, String descriptionSq, String descriptionEn) {
        publicChange.fire(PublicContentChanged.of("forum"));
        permissions.require(ForumModule.MANAGE);
        Category c = get(id);
        check(c.getSpace(), nameSq, nameEn, descriptionSq, descriptionEn);
        c.describe(nameSq.strip(), nameEn.strip(), blankToNull(descriptionSq), blankToNull(descriptionEn));
    }

    private static void check(Space space, String nameSq, String nameEn, String descriptionSq, String descriptionEn) {
        List<Violation> v = new ArrayList<>();
        if (space == null) {
            v.add(new Violation("space", "input.required"));
        }
        for (String[] f : new String[][] {{"nameSq", nameSq}, {"nameEn", nameEn}}) {
            if (f[1] == null || f[1].strip().length() < 2) {
                v.add(new Violation(f[0], "input.required"));
            } else if (f[1].strip().length() > 120) {
                v.add(new Violation(f[0], "input.length", 2, 120));
            }
        }
        for (String[] f : new String[][] {{"descriptionSq", descriptionSq}, {"descriptionEn", descriptionEn}}) {
            if (f[1] != null && f[1].strip().length() > 500) {
                v.add(new Violation(f[0], "input.length", 0, 500));
            }
        }
        InvalidInputException.throwIfAny(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
