package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.testing.ReadmeConfiguration;
import org.junit.jupiter.api.Test;

/** The library's descriptor keeps the contract, and the README documents its settings. */
class LibraryModuleTest {

    private final ModuleDescriptor descriptor = new LibraryModule().descriptor();

    @Test
    void declaresWhatTheKernelNeeds() {
        assertThat(descriptor.id()).isEqualTo("library");
        assertThat(descriptor.restResources()).isNotEmpty();
        assertThat(descriptor.stylesheets()).containsExactly("/library/library.css");
    }

    @Test
    void everySettingIsInTheReadmeAndEveryReadmeKeyIsDeclared() {
        ReadmeConfiguration.assertDocuments(descriptor.settings());
        ReadmeConfiguration.assertDeclaresAll("library", descriptor.settings());
    }
}
