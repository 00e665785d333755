package al.rrjeti.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Plug-in contract v2: modules see the kernel only through its published surface
 * ({@code al.rrjeti.kernel.api..}, what they call; {@code al.rrjeti.kernel.spi..}, what they
 * implement), are layered inside, and name their beans with their own prefix.
 */
class PublishedSurfaceTest {

    private static final String KERNEL = "al.rrjeti.kernel..";
    private static final String NAMED = "jakarta.inject.Named";
    private static final String[] SURFACE = {"al.rrjeti.kernel.api..", "al.rrjeti.kernel.spi.."};

    private static final JavaClasses MODULES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("al.rrjeti")
            .that(not(resideInAPackage(KERNEL)));

    @Test
    void judgesTheModules() {
        org.assertj.core.api.Assertions.assertThat(MODULES.contain("al.rrjeti.forum.ForumModule")).isTrue();
        org.assertj.core.api.Assertions.assertThat(MODULES.contain("al.rrjeti.library.LibraryModule")).isTrue();
    }

    @Test
    void modulesUseOnlyThePublishedKernelSurface() {
        noClasses().should().dependOnClassesThat(resideInAPackage(KERNEL).and(not(resideInAnyPackage(SURFACE))))
                .because("everything in the kernel outside api and spi is internal (docs/architecture.md)")
                .check(MODULES);
    }

    @Test
    void insideAModuleWebCallsApplicationNeverTheOtherWayRound() {
        noClasses().that().resideInAPackage("al.rrjeti.*.application..")
                .should().dependOnClassesThat(resideInAnyPackage("al.rrjeti.*.web..", "al.rrjeti.*.api..")
                        .and(not(resideInAPackage(KERNEL))))
                .because("services do not know the pages or REST resources that call them")
                .check(MODULES);
        noClasses().that().resideInAPackage("al.rrjeti.*.domain..")
                .should().dependOnClassesThat(resideInAnyPackage("al.rrjeti.*.application..", "al.rrjeti.*.web..",
                        "al.rrjeti.*.api..", "al.rrjeti.*.infrastructure..").and(not(resideInAPackage(KERNEL))))
                .because("the domain depends on nothing of its module but itself")
                .check(MODULES);
    }

    @Test
    void pagesAndResourcesNeverReachARepository() {
        noClasses().that().resideInAnyPackage("al.rrjeti.*.web..", "al.rrjeti.*.api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("backing beans and REST resources stay thin: rules and data access live in services")
                .check(MODULES);
        noClasses().that().haveSimpleNameEndingWith("Repository").should().beAnnotatedWith(NAMED)
                .because("a page must not reach a repository through EL")
                .check(MODULES);
    }

    @Test
    void beanNamesCarryTheModulePrefix() {
        classes().that().areAnnotatedWith(NAMED).should(new ArchCondition<JavaClass>("have an EL name starting"
                + " with their module's id") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String module = c.getPackageName().split("\\.")[2];
                String value = String.valueOf(c.getAnnotationOfType(NAMED).get("value").orElse(""));
                String name = value.isEmpty()
                        ? Character.toLowerCase(c.getSimpleName().charAt(0)) + c.getSimpleName().substring(1) : value;
                if (!name.startsWith(module)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is named '" + name
                            + "'; a module's bean names start with its id ('" + module + "…') so two modules never clash"));
                }
            }
        }).check(MODULES);
    }
}
