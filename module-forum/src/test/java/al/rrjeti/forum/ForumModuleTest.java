package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.testing.ReadmeConfiguration;
import org.junit.jupiter.api.Test;

/** The forum's descriptor keeps the contract, and the README documents its settings. */
class ForumModuleTest {

    private final ModuleDescriptor descriptor = new ForumModule().descriptor();

    @Test
    void declaresWhatTheKernelNeeds() {
        assertThat(descriptor.id()).isEqualTo("forum");
        assertThat(descriptor.restResources()).isNotEmpty();
        assertThat(descriptor.stylesheets()).containsExactly("/forum/forum.css");
    }

    @Test
    void everySettingIsInTheReadmeAndEveryReadmeKeyIsDeclared() {
        ReadmeConfiguration.assertDocuments(descriptor.settings());
        ReadmeConfiguration.assertDeclaresAll("forum", descriptor.settings());
    }
}
