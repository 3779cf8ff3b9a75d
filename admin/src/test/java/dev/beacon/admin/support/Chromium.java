package dev.beacon.admin.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium + chromedriver) for the admin's end-to-end tests: pages are weighed
 * (everything the browser transferred for each, as Chromium's Resource Timing reports it, compressed) under 100 KB
 * and checked by axe-core with no serious or critical violation; the weights go to {@code target/page-weights.tsv}.
 */
public final class Chromium implements AutoCloseable {

    private static final String BROWSER = System.getProperty("beacon.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("beacon.test.chromedriver", "/usr/bin/chromedriver");
    public static final long BUDGET = 100 * 1024;

    private final ChromeDriver browser;
    private final List<String> weights = new ArrayList<>();

    private Chromium(ChromeDriver browser) {
        this.browser = browser;
    }

    public static Chromium open() throws IOException {
        if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
            fail(
                    "The end-to-end tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("admin-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Chromium(browser);
    }

    public ChromeDriver driver() {
        return browser;
    }

    public void go(String url) {
        browser.get(url);
    }

    /**
     * Presses a button that posts a form, and waits for the next page: the old document carries a mark the new one
     * cannot have, and the new one has loaded. (Asking the old element whether it went stale races with Chromium
     * discarding it: that answers "Node with given id does not belong to the document", an unknown error, not a
     * stale element.)
     */
    public void click(By by) {
        WebElement button = browser.findElement(by);
        afterNavigation(button::click);
    }

    /** Runs {@code action} (a click, a key press) that leaves the page, and waits for the next page as above. */
    public void afterNavigation(Runnable action) {
        browser.executeScript("window.beaconOldPage = true;");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                        .executeScript("return window.beaconOldPage !== true && document.readyState === 'complete';")));
    }

    /** The page's transferred bytes under the budget, and no serious or critical axe violation. */
    public void check(String name) {
        Number bytes = (Number) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce(function (sum, e) { return sum + (e.transferSize || 0); }, 0);");
        // what weighed: each entry over 2 KB, so a heavy page says what made it heavy
        Object parts = browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".filter(function (e) { return e.transferSize > 2048; })"
                        + ".map(function (e) { return e.name.replace(/^https?:\\/\\/[^\\/]+/, '') + ' '"
                        + " + e.transferSize + ' (body ' + e.encodedBodySize + ')'; }).join('; ');");
        weights.add(name + "\t" + bytes.longValue() + "\t" + parts);
        assertTrue(bytes.longValue() > 0, name + ": nothing measured");
        assertTrue(bytes.longValue() < BUDGET, name + " transferred " + bytes + " bytes");
        Results axe = new AxeBuilder().analyze(browser);
        List<Rule> bad = axe.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(
                bad.isEmpty(),
                name + ": "
                        + bad.stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")));
    }

    /** Quits the browser and appends the weights measured to {@code target/page-weights.tsv}. */
    @Override
    public void close() throws IOException {
        browser.quit();
        Path out = Path.of("target", "page-weights.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, weights, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
