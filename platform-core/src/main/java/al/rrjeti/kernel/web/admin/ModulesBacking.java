package al.rrjeti.kernel.web.admin;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.audit.AuditEntry;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleAdministration;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.spi.Requirement;
import al.rrjeti.kernel.spi.VersionRange;
import jakarta.faces.context.FacesContext;
import java.util.stream.Stream;
import al.rrjeti.kernel.api.web.Messages;
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

    /** One line of the history table. */
    public record Change(String at, String actor, String action, String module) implements Serializable {
    }

    @Inject
    private transient ModuleAdministration administration;

    @Inject
    private transient DateTimes dateTimes;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient Messages messages;

    @Inject
    private transient al.rrjeti.kernel.api.DemoContent demo;

    public List<Row> getRows() {
        return administration.modules().stream().map(this::row).toList();
    }

    /** One configuration key as the console shows it. */
    public record SettingRow(String owner, String key, String value, String defaultValue, String description)
            implements Serializable {
    }

    public List<SettingRow> getSettings() {
        boolean en = "en".equals(language.getLocale().getLanguage());
        return administration.settings().stream().map(c -> new SettingRow(c.owner(), c.setting().key(),
                c.setting().secret() ? messages.text("console.settings.secret") : c.value(),
                c.setting().defaultValue(), en ? c.setting().descriptionEn() : c.setting().descriptionSq())).toList();
    }

    public List<Change> getHistory() {
        return administration.history(20).stream().map(this::change).toList();
    }

    public void rebuildSearch() {
        messages.info("console.search-rebuilt", administration.rebuildSearch());
    }

    /** Whether a trial installation's demonstration content is present (the button shows then only). */
    public boolean isDemoPresent() {
        return demo.isPresent();
    }

    public void removeDemo() {
        messages.info("console.demo-removed", demo.remove());
    }

    public String disable(String id) {
        return apply(id, false);
    }

    public String enable(String id) {
        return apply(id, true);
    }

    /** Switches, then reloads the page so that the header's navigation shows the new state too. */
    private String apply(String id, boolean on) {
        try {
            boolean changed = on ? administration.enable(id) : administration.disable(id);
            if (changed) {
                messages.info(on ? "console.enabled" : "console.disabled", name(id));
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/modules.xhtml?faces-redirect=true";
    }

    /** The module's name in the reader's language: operators know modules by name, not by id. */
    private String name(String id) {
        return administration.modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(m -> m.descriptor().name(language.getLocale())).orElse(id);
    }

    private Change change(AuditEntry e) {
        return new Change(dateTimes.dateTime(e.getAt(), language.getLocale()), e.getActor(),
                messages.text("audit." + e.getAction()), e.getSubject());
    }

    private Row row(InstalledModule m) {
        var d = m.descriptor();
        Stream<String> kernel = d.kernelVersions().equals(VersionRange.ANY)
                ? Stream.empty() : Stream.of("kernel " + d.kernelVersions());
        String requires = Stream.concat(kernel, d.requirements().stream().map(Requirement::toString))
                .collect(Collectors.joining(", "));
        String reason = m.resolution().reason()
                .map(r -> messages.text(r.messageKey(), r.arguments().toArray()))
                .orElse("");
        String stateKey = "module.state." + m.state().name().toLowerCase(java.util.Locale.ROOT);
        return new Row(d.id(), d.name(language.getLocale()), d.version().toString(), m.state().name(),
                stateKey, m.state() != al.rrjeti.kernel.module.ModuleState.DISABLED, requires, reason);
    }
}
