package al.rrjeti.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.Setting;
import al.rrjeti.kernel.testing.ReadmeConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table and the kernel's declared keys say the same. */
class KernelSettingsTest {

    @Test
    void everyKernelKeyIsInTheReadmeWithItsDefault() {
        ReadmeConfiguration.assertDocuments(KernelSettings.ALL);
    }

    @Test
    void everyReadmeKeyOfNoModuleIsDeclaredByTheKernel() {
        List<String> declared = KernelSettings.ALL.stream().map(Setting::key).toList();
        List<String> kernelKeys = ReadmeConfiguration.rows().keySet().stream()
                .filter(k -> !Files.isDirectory(Path.of("../module-" + k.split("\\.")[1]))).toList();
        assertThat(declared).containsAll(kernelKeys);
    }

    @Test
    void everyDeclarationHasBothLanguages() {
        assertThat(KernelSettings.ALL).allSatisfy(s -> {
            assertThat(s.descriptionSq()).isNotBlank();
            assertThat(s.descriptionEn()).isNotBlank();
        });
    }
}
