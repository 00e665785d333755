package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's configuration table, read as the operator reads it: each row's keys and its
 * default column. Tests hold the declarations (kernel and descriptors) to it, so the table can
 * never drift from the code.
 */
public final class ReadmeConfiguration {

    private static final Pattern KEY = Pattern.compile("`(rrjeti\\.[a-z0-9.-]+)`");

    private ReadmeConfiguration() {
    }

    /** Every documented {@code rrjeti.*} key with its row's default cell. */
    public static Map<String, String> rows() {
        String readme;
        try {
            readme = Files.readString(Path.of("../README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", start + 5);
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                Matcher m = KEY.matcher(cells[1]);
                while (m.find()) {
                    rows.put(m.group(1), cells.length > 2 ? cells[2].strip() : "");
                }
            }
        }
        return rows;
    }

    /** Each setting is in the README's table, with its default (or "none") in the default column. */
    public static void assertDocuments(Collection<Setting> settings) {
        Map<String, String> rows = rows();
        for (Setting s : settings) {
            assertThat(rows).as("README configuration table").containsKey(s.key());
            String cell = rows.get(s.key());
            if (s.defaultValue() == null) {
                assertThat(cell).as("default of " + s.key()).contains("none");
            } else {
                assertThat(cell).as("default of " + s.key()).contains("`" + s.defaultValue() + "`");
            }
        }
    }

    /** Every README key prefixed {@code rrjeti.<prefix>.} is declared. */
    public static void assertDeclaresAll(String prefix, Collection<Setting> settings) {
        assertThat(settings.stream().map(Setting::key).toList()).as("declared settings")
                .containsAll(rows().keySet().stream().filter(k -> k.startsWith("rrjeti." + prefix + ".")).toList());
    }
}
