package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.Setting;
import al.rrjeti.kernel.testing.ReadmeConfiguration;
import org.junit.jupiter.api.Test;

/** The survey's descriptor keeps the contract, and the README documents its settings. */
class SurveyModuleTest {

    private final ModuleDescriptor descriptor = new SurveyModule().descriptor();

    @Test
    void declaresWhatTheKernelNeeds() {
        assertThat(descriptor.id()).isEqualTo("survey");
        assertThat(descriptor.restResources()).hasSize(2);
        assertThat(descriptor.stylesheets()).containsExactly("/survey/survey.css");
        assertThat(descriptor.queues()).hasSize(1);
        assertThat(descriptor.settings()).as("the secret is the kernel's (rrjeti.secret)")
                .filteredOn(Setting::secret).isEmpty();
    }

    @Test
    void everySettingIsInTheReadmeAndEveryReadmeKeyIsDeclared() {
        ReadmeConfiguration.assertDocuments(descriptor.settings());
        ReadmeConfiguration.assertDeclaresAll("survey", descriptor.settings());
    }
}
