package dev.beacon.channel.web.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver (Selenium's own browser download cannot work here). Missing
 * binaries fail the test with the command to install them: end-to-end tests must never be skipped silently.
 */
final class Chromium {

    static final String BROWSER = System.getProperty("beacon.test.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("beacon.test.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {}

    static ChromeDriver start(Path profile, Path downloads) throws IOException {
        if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
            fail("The end-to-end tests need Debian's Chromium and chromedriver at " + BROWSER + " and " + DRIVER
                    + ": install them with `apt-get install -y chromium chromium-driver` (CI does so in .ci/run).");
        }
        Files.createDirectories(profile);
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        return driver;
    }

    /** Lays the page out as on a phone of this size (CSS pixels). */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    static void screenshot(ChromeDriver driver, String name, int width, int height) throws IOException {
        viewport(driver, width, height);
        Path dir = Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + "-" + width + "x" + height + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
