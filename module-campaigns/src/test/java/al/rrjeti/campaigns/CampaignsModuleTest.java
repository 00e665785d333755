package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.testing.ReadmeConfiguration;
import org.junit.jupiter.api.Test;

/** The descriptor keeps the contract, and the README documents its settings. */
class CampaignsModuleTest {

    private final ModuleDescriptor descriptor = new CampaignsModule().descriptor();

    @Test
    void declaresWhatTheKernelNeeds() {
        assertThat(descriptor.id()).isEqualTo("campaigns");
        assertThat(descriptor.restResources()).hasSize(5);
        assertThat(descriptor.stylesheets()).containsExactly("/campaigns/campaigns.css");
        assertThat(descriptor.navigation()).extracting(n -> n.path()).containsExactly("/campaigns/");
    }

    @Test
    void everySettingIsInTheReadmeAndEveryReadmeKeyIsDeclared() {
        ReadmeConfiguration.assertDocuments(descriptor.settings());
        ReadmeConfiguration.assertDeclaresAll("campaigns", descriptor.settings());
    }
}
