package al.rrjeti.kernel.web.admin;

import al.rrjeti.kernel.BusinessException;
import al.rrjeti.kernel.audit.AuditEntry;
import al.rrjeti.kernel.i18n.CurrentLanguage;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleAdministration;
import al.rrjeti.kernel.spi.Requirement;
import al.rrjeti.kernel.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** {@code admin/modules.xhtml}: the operator console's list of modules and their switches. */
@Named
@ViewScoped
public class ModulesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One line of the console's table. */
    public record Row(String id, String name, String version, String state, String stateKey,
            boolean enabled, String requires, String reason) implements Serializable {
    }

    @Inject
    private transient ModuleAdministration administration;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient Messages messages;

    public List<Row> getRows() {
        return administration.modules().stream().map(this::row).toList();
    }

    public List<AuditEntry> getHistory() {
        return administration.history(20);
    }

    public void disable(String id) {
        apply(id, false);
    }

    public void enable(String id) {
        apply(id, true);
    }

    private void apply(String id, boolean on) {
        try {
            boolean changed = on ? administration.enable(id) : administration.disable(id);
            if (changed) {
                messages.info(on ? "console.enabled" : "console.disabled", id);
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    private Row row(InstalledModule m) {
        var d = m.descriptor();
        String requires = "kernel " + d.kernelVersions()
                + d.requirements().stream().map(Requirement::toString).map(r -> ", " + r).collect(Collectors.joining());
        String reason = m.resolution().reason()
                .map(r -> messages.text(r.messageKey(), r.arguments().toArray()))
                .orElse("");
        String stateKey = "module.state." + m.state().name().toLowerCase(java.util.Locale.ROOT);
        return new Row(d.id(), d.name(language.getLocale()), d.version().toString(), m.state().name(),
                stateKey, m.state() != al.rrjeti.kernel.module.ModuleState.DISABLED, requires, reason);
    }
}
