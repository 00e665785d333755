package al.rrjeti.kernel.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.moderation.ModerationQueues;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.spi.NavigationEntry;
import al.rrjeti.kernel.web.cache.AssetVersions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the layout shows around every page: the navigation of the active modules and the staff's queues. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    /** A link of the header's navigation, ready to render. */
    public record NavLink(String path, String label, String icon, int order, String module, long badge) {
    }

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser user;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Texts texts;

    @Inject
    private ModerationQueues queues;

    @Inject
    private AssetVersions assets;

    private List<NavLink> navigation;

    /**
     * The stylesheets of the active modules, each with its module's version and its content's hash
     * in the URL so that a release's styles reach browsers at once (and browsers keep them for a year); a switched-off module's styles are not linked (and
     * its path answers 404).
     */
    public List<String> getStylesheets() {
        List<String> sheets = new ArrayList<>();
        for (InstalledModule m : registry.active()) {
            for (String s : m.descriptor().stylesheets()) {
                sheets.add(assets.path(s, m.descriptor().version().toString()));
            }
        }
        return sheets;
    }
    private List<ModerationQueues.Pending> pending;

    public List<NavLink> getNavigation() {
        if (navigation == null) {
            List<NavLink> links = new ArrayList<>();
            for (InstalledModule m : registry.active()) {
                for (NavigationEntry e : m.descriptor().navigation()) {
                    if (user.sees(e.audience())) {
                        String label = texts.text(m.descriptor().messages().orElseThrow(),
                                m.bean().getClass().getClassLoader(), language.getLocale(), e.labelKey());
                        links.add(new NavLink(e.path(), label, e.icon(), e.order(), m.id(), badge(m, e)));
                    }
                }
            }
            links.sort(Comparator.comparingInt(NavLink::order).thenComparing(NavLink::label));
            navigation = List.copyOf(links);
        }
        return navigation;
    }

    /** The entry's count for the logged-in reader; a module's failure costs its badge, never the page. */
    private long badge(InstalledModule m, NavigationEntry e) {
        if (e.badge() == null || !user.isLoggedIn()) {
            return 0;
        }
        try {
            return Math.max(0, e.badge().applyAsLong(user.account().orElseThrow().getId()));
        } catch (RuntimeException failed) {
            java.util.logging.Logger.getLogger(ShellBacking.class.getName()).log(java.util.logging.Level.WARNING,
                    "Navigation badge of module " + m.id() + " failed", failed);
            return 0;
        }
    }

    /** The moderation queues the person may act on, counted once per page. */
    public List<ModerationQueues.Pending> getQueues() {
        if (pending == null) {
            pending = user.isLoggedIn() ? queues.mine(language.getLocale()) : List.of();
        }
        return pending;
    }

    /** Everything waiting in the person's queues, for the staff menu's badge. */
    public long getQueueTotal() {
        return getQueues().stream().mapToLong(q -> Math.max(q.count(), 0)).sum();
    }
}
