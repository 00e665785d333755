package al.rrjeti.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text in both languages: each Albanian bundle of the kernel and of every module in the
 * repository has its English twin with the same keys, and no text is left empty. A new module's
 * bundles are checked without anything to add.
 */
class BundlesTest {

    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\d");
    private static final java.util.regex.Pattern LONE_APOSTROPHE = java.util.regex.Pattern.compile("(?<!')'(?!')");

    @Test
    void everyAlbanianBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        List<Path> albanian;
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            albanian = files.filter(p -> p.getFileName().toString().endsWith("_sq.properties"))
                    .filter(p -> p.toString().contains("/src/") && !p.toString().contains("/target/")).toList();
        }
        assertThat(albanian).as("bundles found").hasSizeGreaterThanOrEqualTo(3);
        for (Path sq : albanian) {
            Path en = sq.resolveSibling(sq.getFileName().toString().replace("_sq.properties", "_en.properties"));
            assertThat(en).as("English twin of " + sq).exists();
            Properties a = load(sq);
            Properties b = load(en);
            assertThat(new TreeSet<>(b.stringPropertyNames())).as("keys of " + en)
                    .isEqualTo(new TreeSet<>(a.stringPropertyNames()));
            for (Properties p : List.of(a, b)) {
                p.stringPropertyNames().forEach(k -> assertThat(p.getProperty(k)).as(k + " in " + sq.getParent()).isNotBlank());
                // A text with arguments goes through MessageFormat, which takes a lone ' as a quote and
                // drops it ("organisation's" shows as "organisations"): write ’ or ''.
                p.stringPropertyNames().stream().filter(k -> ARGUMENT.matcher(p.getProperty(k)).find())
                        .forEach(k -> assertThat(LONE_APOSTROPHE.matcher(p.getProperty(k)).find())
                                .as(k + " in " + sq.getParent() + " has arguments and a lone apostrophe").isFalse());
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
