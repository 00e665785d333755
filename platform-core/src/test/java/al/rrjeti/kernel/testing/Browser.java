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
     * the browser's user interface, which headless Chromium still runs (a third less CPU in the
     * journeys). Used when installed; {@code -Dchromium.binary=/usr/bin/chromium} chooses the full
     * browser. The program itself, not {@code /usr/bin}'s script, which starts it without
     * {@code exec}: ChromeDriver's {@code quit()} would end the script and leave the browser running.
     */
    private static final File HEADLESS_SHELL = new File("/usr/lib/chromium/chromium-headless-shell");

    private final ChromeDriver driver;
    /** Chromium's main process, which {@link #close()} must end. */
    private final ProcessHandle process;
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
        // The console's errors, read by scriptErrors(): uncaught exceptions and refusals by the
        // page's Content-Security-Policy fail the journey when it closes the browser.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "SEVERE"));
        String extra = System.getProperty("chromium.extraArgs", "");
        if (!extra.isBlank()) {
            options.addArguments(extra.trim().split("\\s+"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.process = browserProcess(driver);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        String url = applicationUrl.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The process ChromeDriver started, which must be Chromium itself: a script that starts it
     * without {@code exec} (Debian's {@code /usr/bin/chromium-headless-shell}) is all that
     * {@code quit()} ends, and the browser would run on.
     */
    private static ProcessHandle browserProcess(ChromeDriver driver) {
        Object pid = driver.getCapabilities().getCapability("goog:processID");
        ProcessHandle process = pid instanceof Number n ? ProcessHandle.of(n.longValue()).orElse(null) : null;
        String command = process == null ? "" : process.info().command().orElse("");
        if (process == null || !command.contains("chrom")) {
            java.util.List<ProcessHandle> started = process == null ? java.util.List.of() : process.descendants().toList();
            driver.quit();
            started.forEach(ProcessHandle::destroyForcibly);
            throw new IllegalStateException("ChromeDriver started " + (process == null ? "no process it names"
                    : command + " (pid " + pid + ")") + ", not Chromium: set chromium.binary to the browser program"
                    + " itself, not a script that starts it");
        }
        return process;
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
            throw absent("'" + css + "'", absent);
        }
    }

    /** That an element never came, with the page shown and its messages. */
    private org.openqa.selenium.NoSuchElementException absent(String element, Exception cause) {
        return new org.openqa.selenium.NoSuchElementException("No element " + element + " on "
                + driver.getCurrentUrl() + " (" + driver.getTitle() + "); its messages: " + messages(), cause);
    }

    private String messages() {
        return driver.findElements(By.cssSelector(".ui-messages, .ui-message, [role=alert], .rr-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList().toString();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public void submit(String css) {
        submit(By.cssSelector(css));
    }

    /**
     * As {@link #submit(String)}, for the element a locator finds. The element is found again when
     * the page changed between finding and clicking it (a part of the page a previous action updates
     * may still be replaced then: Chrome says the node "does not belong to the document").
     */
    public void submit(By locator) {
        for (int attempt = 1; ; attempt++) {
            WebElement element;
            try {
                element = await(Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(locator));
            } catch (org.openqa.selenium.TimeoutException absent) {
                throw absent("to click, " + locator, absent);
            }
            driver.executeScript("window.rrLeaving = true;");
            try {
                element.click();
            } catch (WebDriverException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
                continue; // not clicked: the element is gone
            }
            awaitNextPage(element);
            return;
        }
    }

    /** Waits, after a click on the element, until the old page is gone. */
    private void awaitNextPage(WebElement element) {
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

    /**
     * The script errors of the pages shown since the browser started: uncaught exceptions and what
     * the Content-Security-Policy refused, as Chromium's console wrote them. A page's failing script
     * is a defect the page itself may not show (a button that does nothing, a key that throws).
     */
    public java.util.List<String> scriptErrors() {
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Uncaught") || m.contains("Content Security Policy"))
                .forEach(scriptErrors::add);
        return java.util.List.copyOf(scriptErrors);
    }

    private final java.util.List<String> scriptErrors = new java.util.ArrayList<>();

    /**
     * Ends the browser, and fails if its process outlives that: a browser left running by every
     * journey fills the machine's memory and file watchers while the runs still pass. Fails too
     * when a page had a script error ({@link #scriptErrors()}), after the browser is gone.
     */
    @Override
    public void close() {
        java.util.List<String> errors;
        try {
            errors = scriptErrors();
        } catch (WebDriverException unreadable) {
            errors = java.util.List.of(); // the browser is already gone: its test failed for that
        }
        driver.quit();
        try {
            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("Chromium (pid " + process.pid() + ") was still running after quit()");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("script errors in the pages: " + String.join("\n", errors));
        }
    }
}
