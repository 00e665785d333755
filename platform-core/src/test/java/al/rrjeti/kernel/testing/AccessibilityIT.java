package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The journeys' axe-core scan fails on a serious violation, names it, and passes a sound page. */
class AccessibilityIT {

    private static String page(String body) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html lang=\"sq\"><head>"
                + "<title>Provë</title></head><body><main><h1>Provë</h1>" + body + "</main></body></html>",
                StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aSeriousViolationFailsWithItsRuleAndElement() throws Exception {
        try (Browser browser = new Browser(URI.create("http://localhost/").toURL())) {
            browser.driver().get(page("<p>Tekst.</p><img src=\"data:,\" id=\"no-alt\">"
                    + "<button id=\"no-name\"></button>"));
            assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt (critical)").hasMessageContaining("#no-alt")
                    .hasMessageContaining("button-name (critical)").hasMessageContaining("#no-name");

            browser.driver().get(page("<p>Tekst.</p><img src=\"data:,\" alt=\"Logo\"><button>Dërgo</button>"));
            Accessibility.assertNoSeriousViolations(browser.driver());
            Accessibility.assertNoSeriousViolations(browser.driver());
            assertThat(browser.driver().executeScript("return typeof axe")).as("axe stays in the page for a second scan")
                    .isEqualTo("object");
        }
    }
}
