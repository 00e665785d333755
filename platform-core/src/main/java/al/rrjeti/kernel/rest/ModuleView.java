package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.module.InstalledModule;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module as the public API shows it. */
@Schema(name = "Module", description = "A plug-in module of the platform")
public record ModuleView(
        @Schema(description = "Symbolic id, also the URL prefix", example = "forum") String id,
        @Schema(example = "1.0.0") String version,
        @Schema(description = "ACTIVE, DISABLED or INACTIVE", example = "ACTIVE") String state,
        @Schema(description = "Display names by language code", additionalProperties = String.class) Map<String, String> names,
        // No @Schema here: Payara takes an annotated method whose name holds "set" for a setter (and fails).
        java.util.List<SettingView> settings) {

    /** A configuration key a module declares. */
    @Schema(name = "ModuleSetting")
    public record SettingView(String key, @Schema(nullable = true) String defaultValue, String descriptionSq,
            String descriptionEn) {
    }

    static ModuleView of(InstalledModule m) {
        var d = m.descriptor();
        return new ModuleView(d.id(), d.version().toString(), m.state().name(),
                Map.of("sq", d.name(Locale.forLanguageTag("sq")), "en", d.name(Locale.ENGLISH)),
                d.settings().stream().map(s -> new SettingView(s.key(), s.defaultValue(), s.descriptionSq(),
                        s.descriptionEn())).toList());
    }
}
