package al.rrjeti.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/**
 * The plug-in contract, checked on every class of the assembled platform: the kernel knows no
 * module, and a module knows only the kernel, never another module.
 */
class PluginBoundariesTest {

    private static final String KERNEL = "al.rrjeti.kernel..";

    /** Main code of every jar, plus the test-only demo module (so the module rule always has a module). */
    private static final ImportOption MAIN_AND_TEST_MODULE = (Location location) ->
            location.contains("/al/rrjeti/testmodule/")
                    || new ImportOption.DoNotIncludeTests().includes(location) && !location.contains("-tests.jar");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(MAIN_AND_TEST_MODULE)
            .importPackages("al.rrjeti");

    @Test
    void judgesTheKernelAndAModuleButNoTestCode() {
        assertThat(PLATFORM.contain("al.rrjeti.kernel.module.ModuleRegistry")).isTrue();
        assertThat(PLATFORM.contain("al.rrjeti.testmodule.DemoModule")).isTrue();
        assertThat(PLATFORM.contain("al.rrjeti.kernel.module.ModuleRegistryIT")).isFalse();
    }

    @Test
    void kernelDependsOnNoModule() {
        noClasses().that().resideInAPackage(KERNEL)
                .should().dependOnClassesThat(resideInAPackage("al.rrjeti..").and(not(resideInAPackage(KERNEL))))
                .because("the kernel knows no module (docs/architecture.md, the plug-in contract)")
                .check(PLATFORM);
    }

    @Test
    void modulesDependOnTheKernelOnlyNeverOnEachOther() {
        slices().matching("al.rrjeti.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(), resideInAPackage(KERNEL))
                .because("module-to-module needs go through a kernel SPI")
                .check(PLATFORM);
    }
}
