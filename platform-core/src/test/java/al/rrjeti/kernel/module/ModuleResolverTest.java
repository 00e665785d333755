package al.rrjeti.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.module.Inactivity.Code;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.Version;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleResolverTest {

    private final ModuleResolver resolver = new ModuleResolver(Version.of("1.4.0"));

    private static ModuleDescriptor.Builder module(String id, String version) {
        return ModuleDescriptor.builder(id, version).name(id + "-sq", id + "-en");
    }

    private Map<String, Resolution> resolve(Set<String> disabled, ModuleDescriptor.Builder... modules) {
        return resolver.resolve(java.util.Arrays.stream(modules).map(ModuleDescriptor.Builder::build).toList(),
                disabled);
    }

    private static void assertInactive(Resolution r, Code code, String... args) {
        assertThat(r.state()).isEqualTo(ModuleState.INACTIVE);
        assertThat(r.reason()).get().extracting(Inactivity::code).isEqualTo(code);
        if (args.length > 0) {
            assertThat(r.reason().get().arguments()).contains(args);
        }
    }

    @Test
    void moduleWithoutRequirementsIsActive() {
        var result = resolve(Set.of(), module("library", "1.0.0"));
        assertThat(result.get("library").isActive()).isTrue();
    }

    @Test
    void requirementsMetInAnyDiscoveryOrder() {
        var result = resolve(Set.of(),
                module("campaigns", "1.0.0").requires("forum", "[1.0,2.0)").requires("library", "1.0"),
                module("forum", "1.3.0").requires("library", "[1.0,2.0)"),
                module("library", "1.1.0"));
        assertThat(result.values()).allMatch(Resolution::isActive);
    }

    @Test
    void missingRequirementLeavesModuleInactiveWithTheMissingId() {
        var result = resolve(Set.of(), module("campaigns", "1.0.0").requires("library", "[1.0,2.0)"));
        assertInactive(result.get("campaigns"), Code.MISSING, "library");
    }

    @Test
    void requirementOutsideVersionRangeIsAMismatch() {
        var result = resolve(Set.of(),
                module("forum", "1.0.0").requires("library", "[2.0,3.0)"),
                module("library", "1.9.9"));
        assertInactive(result.get("forum"), Code.VERSION_MISMATCH, "library", "1.9.9");
        assertThat(result.get("library").isActive()).isTrue();
    }

    @Test
    void exclusiveUpperBoundExcludesThatVersion() {
        var result = resolve(Set.of(),
                module("forum", "1.0.0").requires("library", "[1.0,2.0)"),
                module("library", "2.0.0"));
        assertInactive(result.get("forum"), Code.VERSION_MISMATCH);
    }

    @Test
    void kernelVersionOutsideRangeLeavesModuleInactive() {
        var result = resolve(Set.of(),
                module("old", "1.0.0").requiresKernel("[0.1,1.0)"),
                module("future", "1.0.0").requiresKernel("[1.5,)"),
                module("current", "1.0.0").requiresKernel("[1.0,2.0)"));
        assertInactive(result.get("old"), Code.KERNEL_VERSION, "1.4.0");
        assertInactive(result.get("future"), Code.KERNEL_VERSION);
        assertThat(result.get("current").isActive()).isTrue();
    }

    @Test
    void cycleMakesEveryModuleOnItInactiveButNotTheOthers() {
        var result = resolve(Set.of(),
                module("aa", "1.0.0").requires("bb", "1.0"),
                module("bb", "1.0.0").requires("cc", "1.0"),
                module("cc", "1.0.0").requires("aa", "1.0"),
                module("dd", "1.0.0").requires("aa", "1.0"),
                module("ee", "1.0.0"));
        assertInactive(result.get("aa"), Code.CYCLE);
        assertInactive(result.get("bb"), Code.CYCLE);
        assertInactive(result.get("cc"), Code.CYCLE);
        assertThat(result.get("aa").reason().get().arguments().get(0)).contains("aa", "bb", "cc");
        assertInactive(result.get("dd"), Code.DEPENDENCY_INACTIVE, "aa");
        assertThat(result.get("ee").isActive()).isTrue();
    }

    @Test
    void moduleRequiringItselfIsACycle() {
        var result = resolve(Set.of(), module("selfish", "1.0.0").requires("selfish", "1.0"));
        assertInactive(result.get("selfish"), Code.CYCLE);
    }

    @Test
    void disabledModuleIsDisabledAndItsDependantsInactive() {
        var result = resolve(Set.of("library"),
                module("library", "1.0.0"),
                module("forum", "1.0.0").requires("library", "1.0"),
                module("campaigns", "1.0.0").requires("forum", "1.0"));
        assertThat(result.get("library").state()).isEqualTo(ModuleState.DISABLED);
        assertThat(result.get("library").reason()).isEmpty();
        assertInactive(result.get("forum"), Code.DEPENDENCY_DISABLED, "library");
        assertInactive(result.get("campaigns"), Code.DEPENDENCY_INACTIVE, "forum");
    }

    @Test
    void disabledWinsOverAnUnmetRequirement() {
        var result = resolve(Set.of("forum"), module("forum", "1.0.0").requires("library", "1.0"));
        assertThat(result.get("forum").state()).isEqualTo(ModuleState.DISABLED);
    }

    @Test
    void duplicateIdsAreBothRefusedAndReservedIdsToo() {
        var result = resolver.resolve(List.of(
                module("forum", "1.0.0").build(), module("forum", "2.0.0").build(), module("admin", "1.0.0").build()),
                Set.of());
        assertInactive(result.get("forum"), Code.DUPLICATE_ID);
        assertInactive(result.get("admin"), Code.INVALID_ID);
    }
}
