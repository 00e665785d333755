package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A journey's browser fails it when a page's script threw, once the browser is closed. */
class BrowserIT {

    @Test
    void anUncaughtScriptErrorFailsTheJourneyWhenItsBrowserCloses() throws Exception {
        Browser browser = new Browser(URI.create("http://localhost/").toURL());
        browser.driver().get("data:text/html;charset=utf-8,<title>x</title><p>x</p>"
                + "<script>document.title = 'y'; null.broken;</script>");
        assertThat(browser.driver().getTitle()).isEqualTo("y");
        assertThatThrownBy(browser::close).isInstanceOf(AssertionError.class)
                .hasMessageContaining("script errors in the pages").hasMessageContaining("Uncaught TypeError");
    }
}
