package al.rrjeti.kernel.web;

import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.spi.Widget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The home page: the widgets the active modules contribute, for this visitor. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser user;

    /** Fragment paths, in order. */
    public List<String> getWidgets() {
        return registry.active().stream()
                .map(InstalledModule::descriptor)
                .flatMap(d -> d.widgets().stream())
                .filter(w -> user.sees(w.audience()))
                .sorted(Comparator.comparingInt(Widget::order))
                .map(Widget::fragment)
                .toList();
    }
}
