package dev.beacon.channel.messenger.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's chat simulator in headless Chromium: a person taps Get Started, votes in the demo poll, then reads an
 * article, each tap a signed webhook into the adapter and each answer drawn from the Graph API double.
 */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
@QuarkusTestResource(SwitchedApi.class)
class SimulatorBrowserTest {

    static final String BROWSER = System.getProperty("beacon.test.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("beacon.test.chromedriver", "/usr/bin/chromedriver");

    @TestHTTPResource("/simulator")
    URL simulator;

    @Test
    void aPersonVotesAndReadsAnArticleInTheSimulator() throws Exception {
        ChromeDriver driver = start();
        try {
            driver.get(simulator.toString());
            tap(driver, "Get Started");
            await(driver, "Welcome to Beacon Demo");
            tap(driver, "Have your say");
            tap(driver, "Where do you get");
            tap(driver, "The internet");
            await(driver, "Thank you for voting");
            shot(driver, "simulator-vote");
            type(driver, "menu");
            tap(driver, "Relationships");
            tap(driver, "What consent means");
            await(driver, "consent");
            shot(driver, "simulator-article");
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver start() throws Exception {
        if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
            fail("The simulator's browser test needs Chromium and chromedriver at " + BROWSER + " and " + DRIVER
                    + ": `apt-get install -y chromium chromium-driver`");
        }
        Path profile = Files.createTempDirectory("beacon-sim-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--window-size=420,900",
                "--user-data-dir=" + profile);
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
    }

    /** Taps the last button whose text starts with {@code label} (quick replies, template buttons, cards). */
    private static void tap(ChromeDriver driver, String label) {
        String xpath = "//button[starts-with(normalize-space(.), '" + label.substring(0, Math.min(label.length(), 16))
                + "')] | //div[contains(@class,'element')][div[contains(@class,'title')][starts-with(normalize-space(.), '"
                + label + "')]]//button";
        WebElement button = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(By.xpath(xpath));
            return found.isEmpty() ? null : found.get(found.size() - 1);
        });
        button.click();
    }

    private static void type(ChromeDriver driver, String text) {
        driver.findElement(By.id("text")).sendKeys(text + "\n");
    }

    private static void await(ChromeDriver driver, String text) {
        boolean shown = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("chat")).getText().contains(text));
        assertTrue(shown);
    }

    private static void shot(ChromeDriver driver, String name) throws Exception {
        Path dir = Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
