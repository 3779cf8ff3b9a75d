package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor in real headless Chromium (Debian's chromium + chromedriver) against the real packaged api, signed in
 * through the DEMO sign-in (not Keycloak): every page is weighed (everything the browser transferred for it, as
 * Chromium's Resource Timing reports it, compressed) under 100 KB and checked by axe-core with no serious or
 * critical violation. Weights go to {@code target/page-weights.tsv}.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class AdminBrowserTest {

    private static final String BROWSER = System.getProperty("beacon.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("beacon.test.chromedriver", "/usr/bin/chromedriver");
    private static final long BUDGET = 100 * 1024;

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private final List<String> weights = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
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
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        Path out = Path.of("target", "page-weights.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, weights, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void anEditorSignsInWritesAnArticleAndAWhatsAppMessageOnLightAccessiblePages() {
        go("");
        check("sign-in");
        click(By.xpath("//button[.='Sign in as eddie']"));
        assertTrue(browser.getCurrentUrl().endsWith("/sites/demo/content"), browser.getCurrentUrl());
        check("content list");

        go("sites/demo/content/new");
        check("new item");
        browser.findElement(By.id("title")).sendKeys("Written in Chromium " + System.nanoTime());
        click(By.xpath("//main//button[@type='submit']"));
        String editor = browser.getCurrentUrl();
        assertTrue(editor.matches(".*/sites/demo/content/\\d+/en"), editor);
        check("editor");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("newType"))).selectByValue("paragraph");
        click(By.cssSelector("button[value=add]"));
        browser.findElement(By.id("b0-markdown")).sendKeys("Typed in a real browser.");
        click(By.cssSelector("button[value=save]"));
        assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Saved."));
        check("editor, saved");

        go(editor.substring(root.toString().length()) + "/channels/whatsapp");
        check("whatsapp messages");
        WebElement title = browser.findElement(By.id("m0-b0-title"));
        title.sendKeys("Twenty-one characters");
        // The script counts as the person types, as the api will.
        assertEquals("21 / 20", browser.findElement(By.id("m0-b0-count")).getText());
        assertTrue(
                browser.findElement(By.id("m0-b0-count")).getAttribute("class").contains("over"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("m0-b0-action"))).selectByValue("menu");
        browser.findElement(By.id("m0-text")).sendKeys("Hello");
        assertEquals("5 / 1024", browser.findElement(By.id("m0-text-count")).getText());
        click(By.cssSelector("button[value=save]"));
        assertTrue(browser.findElement(By.cssSelector("[role=alert]"))
                .getText()
                .contains("channels.whatsapp[0].buttons[0].title"));
        check("whatsapp refused");
        title = browser.findElement(By.id("m0-b0-title"));
        assertEquals("Twenty-one characters", title.getAttribute("value"), "what was typed is kept");
        title.clear();
        title.sendKeys("Twenty characters ok");
        assertEquals("20 / 20", browser.findElement(By.id("m0-b0-count")).getText());
        click(By.cssSelector("button[value=save]"));
        assertTrue(
                browser.findElements(By.cssSelector("p.ok")).stream()
                        .anyMatch(e -> e.getText().contains("Saved.")),
                browser.findElement(By.tagName("main")).getText());
    }

    private void go(String path) {
        browser.get(root.toString() + path);
    }

    /**
     * Presses a button that posts a form, and waits for the next page: the old document carries a mark the new one
     * cannot have, and the new one has loaded. (Asking the old element whether it went stale races with Chromium
     * discarding it: that answers "Node with given id does not belong to the document", an unknown error, not a
     * stale element.)
     */
    private void click(By by) {
        browser.executeScript("window.beaconOldPage = true;");
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                        .executeScript("return window.beaconOldPage !== true && document.readyState === 'complete';")));
    }

    /** The page's transferred bytes under the budget, and no serious or critical axe violation. */
    private void check(String name) {
        Number bytes = (Number) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce(function (sum, e) { return sum + (e.transferSize || 0); }, 0);");
        weights.add(name + "\t" + bytes.longValue());
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
}
