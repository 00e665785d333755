package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core scans of the page in the browser. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails with the rule ids and the offending elements when axe finds a serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .toList();
        assertThat(blocking)
                .as(() -> "axe-core violations on " + driver.getCurrentUrl() + ":\n" + blocking.stream()
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
