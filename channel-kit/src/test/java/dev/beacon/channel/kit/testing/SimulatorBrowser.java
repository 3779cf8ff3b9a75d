package dev.beacon.channel.kit.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat simulator page in headless Chromium ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; missing
 * binaries fail the test with the command that installs them): a person taps, types, and reads the chat.
 */
public final class SimulatorBrowser implements AutoCloseable {

    static final String BROWSER = System.getProperty("beacon.test.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("beacon.test.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private SimulatorBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static SimulatorBrowser open(String url) throws Exception {
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
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.get(url);
        return new SimulatorBrowser(driver);
    }

    /**
     * Taps the last button whose text starts with {@code label} (quick replies, template and reply buttons, list
     * rows, the list's button, carousel cards by their title).
     */
    public SimulatorBrowser tap(String label) {
        String start = label.substring(0, Math.min(label.length(), 16));
        String xpath = "//button[starts-with(normalize-space(.), '" + start + "')]"
                + " | //div[contains(@class,'element')][div[contains(@class,'title')][starts-with(normalize-space(.), '"
                + label + "')]]//button";
        WebElement button = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(By.xpath(xpath)).stream()
                    .filter(WebElement::isDisplayed)
                    .toList();
            return found.isEmpty() ? null : found.get(found.size() - 1);
        });
        // a button can sit under the page's fixed footer (a menu edited in place does not scroll the chat)
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        return this;
    }

    public SimulatorBrowser type(String text) {
        driver.findElement(By.id("text")).sendKeys(text + "\n");
        return this;
    }

    /** Waits until the chat shows {@code text}. */
    public SimulatorBrowser shows(String text) {
        boolean shown = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("chat")).getText().contains(text));
        assertTrue(shown);
        return this;
    }

    /** A screenshot in {@code target/screenshots/<name>.png}. */
    public SimulatorBrowser shot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
