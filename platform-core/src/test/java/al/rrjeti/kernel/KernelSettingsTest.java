package al.rrjeti.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table and the kernel's declared keys say the same. */
class KernelSettingsTest {

    private static final Pattern KEY = Pattern.compile("`(rrjeti\\.[a-z0-9.-]+)`");

    @Test
    void everyKernelKeyIsInTheReadmeAndEveryReadmeKernelKeyIsDeclared() throws IOException {
        Set<String> documented = readmeKeys();
        Set<String> declared = new LinkedHashSet<>();
        KernelSettings.ALL.stream().map(Setting::key).forEach(declared::add);
        assertThat(documented).as("README configuration table").containsAll(declared);
        // Keys of the README that belong to no module must be the kernel's.
        Set<String> kernelDocumented = new LinkedHashSet<>(documented);
        kernelDocumented.removeIf(KernelSettingsTest::isModuleKey);
        assertThat(declared).as("KernelSettings.ALL").containsAll(kernelDocumented);
    }

    @Test
    void everyDeclarationHasBothLanguages() {
        assertThat(KernelSettings.ALL).allSatisfy(s -> {
            assertThat(s.descriptionSq()).isNotBlank();
            assertThat(s.descriptionEn()).isNotBlank();
        });
    }

    /** A module's keys are {@code rrjeti.<module id>.…}, for a module of this repository ({@code module-<id>/}). */
    private static boolean isModuleKey(String key) {
        String segment = key.split("\\.")[1];
        return Files.isDirectory(Path.of("../module-" + segment));
    }

    static Set<String> readmeKeys() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", start + 5);
        Set<String> keys = new LinkedHashSet<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                String firstCell = line.substring(1, line.indexOf('|', 1));
                Matcher m = KEY.matcher(firstCell);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
