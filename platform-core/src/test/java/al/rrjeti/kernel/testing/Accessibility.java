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
 * <p>Measured on the forum's journeys, the integration's {@code AxeBuilder} cost ~1.2 CPU-s a scan,
 * which the build's ~70 scans multiplied, most of it not axe's rules (tens of milliseconds on a small
 * page): it sends axe's 550 KB source with every scan, for the test's JVM, ChromeDriver and the
 * browser to pass on and compile, and every rule's result back. Here the page loads axe from its own
 * server — every test archive holds it ({@link #PATH}, {@link TestArchives}) — so the browser caches
 * it and its compiled code; a page from elsewhere (a {@code data:} page), or one whose server lacks
 * the copy, gets the source as before (the same scan, only dearer). {@code axe.run} is called in the page with the same rules and options (every rule axe
 * enables by default; frames not entered: the pages' one frame shows a PDF, which axe cannot read,
 * and its title is checked from the page), and the page sends back only the serious and critical
 * violations, the ones that fail the test.
 */
public final class Accessibility {

    /** axe-core's source in the integration's jar, and in every test archive under this path. */
    public static final String SOURCE = "axe.min.js";
    public static final String PATH = "rr-test/axe.min.js";

    /** axe-core itself, read once per test JVM, for pages that are not the test archive's. */
    private static final String AXE = axeSource();

    /** Loads axe from the page's own server unless the page has it; answers whether it has it then. */
    private static final String LOAD = """
            var done = arguments[arguments.length - 1];
            if (window.axe || !arguments[0]) { done(!!window.axe); return; }
            var script = document.createElement('script');
            script.src = arguments[0];
            script.onload = function () { done(!!window.axe); };
            script.onerror = function () { done(false); };
            document.head.appendChild(script);
            """;

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
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test archive's copy of axe for a page of it ({@code http://host:port/context/...}), else null. */
    static String ownCopy(String pageUrl) {
        java.util.regex.Matcher m = APPLICATION.matcher(pageUrl);
        return m.matches() ? m.group(1) + PATH : null;
    }

    /** A page's application: scheme, host, port and web context. */
    private static final java.util.regex.Pattern APPLICATION = java.util.regex.Pattern.compile("(https?://[^/]+/[^/?#]+/).*");

    /** Fails with the rule ids and the offending elements when axe finds a serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeAsyncScript(LOAD, ownCopy(driver.getCurrentUrl())))) {
            page.executeScript(AXE);
        }
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
