package al.rrjeti.kernel.testing;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the system's chromedriver (nothing is
 * downloaded). One per test class; close it after.
 */
public final class Browser implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * Debian's {@code chromium-headless-shell}: the same Blink and V8 as {@code chromium} without
     * the browser's user interface, which headless Chromium still runs (about half the CPU of a
     * journey). Used when installed; {@code -Dchromium.binary=/usr/bin/chromium} chooses the full browser.
     */
    private static final File HEADLESS_SHELL = new File("/usr/bin/chromium-headless-shell");

    private final ChromeDriver driver;
    private final String base;

    public Browser(URL applicationUrl) {
        ChromeOptions options = new ChromeOptions();
        String binary = System.getProperty("chromium.binary", HEADLESS_SHELL.canExecute()
                ? HEADLESS_SHELL.getPath() : "/usr/bin/chromium");
        options.setBinary(binary);
        // The headless shell is headless by build and takes the page language from --accept-lang.
        options.addArguments(binary.endsWith("headless-shell") ? "--accept-lang=sq" : "--headless=new");
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=sq");
        String extra = System.getProperty("chromium.extraArgs", "");
        if (!extra.isBlank()) {
            options.addArguments(extra.trim().split("\\s+"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        String url = applicationUrl.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code /login.xhtml}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String url(String path) {
        return base + path;
    }

    /**
     * The element, waiting up to ten seconds for it to be in the page: after {@link #submit} the old
     * page may be gone while the next one is still arriving. On failure, says which page was shown
     * and its messages, so that a refusal on the page is not read as a slow server.
     */
    public WebElement find(String css) {
        try {
            return await(Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException absent) {
            throw new org.openqa.selenium.NoSuchElementException("No element '" + css + "' on "
                    + driver.getCurrentUrl() + " (" + driver.getTitle() + "); its messages: " + messages(), absent);
        }
    }

    private String messages() {
        return driver.findElements(By.cssSelector(".ui-messages, .ui-message, [role=alert], .rr-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList().toString();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public void submit(String css) {
        WebElement element = find(css);
        driver.executeScript("window.rrLeaving = true;");
        element.click();
        long clicked = System.nanoTime();
        await(Duration.ofSeconds(15)).until(d -> {
            try {
                if (!Boolean.TRUE.equals(driver.executeScript("return window.rrLeaving === true;"))) {
                    return true; // a new document: the next page is there
                }
            } catch (WebDriverException navigating) {
                // The old document is going while the script asks.
            }
            // A button that does not load a page but has its part of the page replaced counts as
            // done once its element is gone, though only after half a second: a PrimeFaces button
            // that updates the page before its redirect goes stale while the next page is still on
            // its way.
            if (System.nanoTime() - clicked < 500_000_000L) {
                return false;
            }
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or Chrome's "node does not belong to the document".
                return true;
            }
        });
    }

    /**
     * A wait that looks every 50 ms (Selenium's default, 500 ms, added up to half a second to every
     * wait of every journey), for a condition on the page itself.
     */
    public WebDriverWait await(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /** Forgets the application's cookies: the next page is a new visitor's, as in a new browser. */
    public void startOver() {
        open("/");
        driver.manage().deleteAllCookies();
    }

    public boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public WebElement waitFor(String css) {
        return await(Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void waitUntilGone(String css) {
        await(Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Saves a screenshot under target/screenshots, for a person to look at, when the run asks for
     * them ({@code -Drrjeti.screenshots}): nothing checks them, and taking the journeys' thirty
     * costs every build CPU time it does not need.
     */
    public void screenshot(String name) {
        if (System.getProperty("rrjeti.screenshots") == null) {
            return;
        }
        File shot = driver.getScreenshotAs(OutputType.FILE);
        File target = new File("target/screenshots/" + name + ".png");
        target.getParentFile().mkdirs();
        if (!shot.renameTo(target)) {
            target.delete();
            shot.renameTo(target);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
