package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core scans of the page in the browser: Deque's axe-core, as its Selenium integration ships
 * it ({@code com.deque.html.axe-core:selenium}), run by a few lines of our own.
 *
 * <p>The integration's {@code AxeBuilder} sends every rule's result back — descriptions, tags and
 * a node of each passed rule — for ChromeDriver and the test's JVM to parse, then turns it into
 * objects; measured on the forum's journeys, a scan cost ~1.2 CPU-s that way, which the build's
 * ~70 scans multiplied. Here {@code axe.run} is called in the page itself with the same rules and
 * options (every rule axe enables by default; frames not entered: the pages' one frame shows a PDF,
 * which axe cannot read, and its title is checked from the page), and the page sends back only
 * the serious and critical violations, the ones that fail the test.
 */
public final class Accessibility {

    /** axe-core itself, read once per test JVM from the integration's jar. */
    private static final String AXE = axeSource();

    /** Runs axe in the page and answers (asynchronously) with its blocking violations only. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {iframes: false, resultTypes: ['violations']}).then(function (results) {
                done(results.violations.filter(function (v) {
                    return v.impact === 'serious' || v.impact === 'critical';
                }).map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help,
                            at: v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', ')};
                }));
            }, function (e) { done('axe failed: ' + e); });
            """;

    private Accessibility() {
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the rule ids and the offending elements when axe finds a serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("if (!window.axe) { " + AXE + "\n}");
        Object answer = page.executeAsyncScript(RUN);
        if (!(answer instanceof List<?> blocking)) {
            throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": " + answer);
        }
        assertThat(blocking)
                .as(() -> "axe-core violations on " + driver.getCurrentUrl() + ":\n" + blocking.stream()
                        .map(v -> (Map<?, ?>) v)
                        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("at"))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
