package dev.beacon.channel.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser for an end-to-end journey, with actions that know when a page changes.
 * <p>
 * A click on a link or a form's button returns before the next page is there. Looking for the next element right
 * away can find it on the page being left, or find an element whose document is replaced while its text is read
 * (Chromium answers "Node with given id does not belong to the document", which is not a stale-element error). So
 * every action that leaves a page waits until the old document is gone, and every check retries until the page
 * shows what it expects or ten seconds pass.
 */
final class Journey implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    final ChromeDriver browser;
    final Path downloads;
    private final String root;

    Journey(URL root) throws IOException {
        Path run = Path.of("target", "chromium", UUID.randomUUID().toString());
        this.downloads = run.resolve("downloads");
        this.browser = Chromium.start(run.resolve("profile"), downloads);
        this.root = root.toString().replaceAll("/$", "");
        Chromium.viewport(browser, 360, 640);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    void open(String path) {
        browser.get(root + path);
    }

    /** Follows the link with this text to the next page. */
    void follow(String linkText) {
        leaveBy(browser.findElement(By.linkText(linkText)));
    }

    /** Presses the button with this text and waits for the page the form leads to. */
    void press(String buttonText) {
        leaveBy(browser.findElement(By.xpath("//button[text()='" + buttonText + "']")));
    }

    /** Sends the page's main form. */
    void submit() {
        leaveBy(browser.findElement(By.cssSelector("main form button")));
    }

    /** Clicks something that loads another page (a link, a form's button), and waits until this page is gone. */
    void leaveBy(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        waitUntil("the page to change after a click", () -> {
            try {
                page.getTagName();
                return false;
            } catch (WebDriverException gone) {
                // stale, or Chromium's "does not belong to the document": either way, a new page is there
                return true;
            }
        });
    }

    /** Clicks something that stays on this page (a radio button, a check box, a download). */
    void tick(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void select(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Fills the sign-up form (the page must be open) with the demo's first security question, accepts the terms and sends it. */
    void signUp(String alias, String pin) {
        type("alias", alias);
        type("pin", pin);
        type("pin2", pin);
        select("securityQuestion", "favourite-food");
        type("securityAnswer", "Matapa");
        tick("input[name=terms]");
        submit();
    }

    /** Fills the sign-in form (the page must be open) and sends it. */
    void signIn(String alias, String pin) {
        type("alias", alias);
        type("pin", pin);
        submit();
    }

    void assertHeading(String expected) {
        assertText("h1", expected);
    }

    /** Waits for the first element matching {@code css} to read exactly {@code expected}. */
    void assertText(String css, String expected) {
        try {
            new WebDriverWait(browser, PATIENCE)
                    .ignoring(WebDriverException.class)
                    .until(b ->
                            expected.equals(b.findElement(By.cssSelector(css)).getText()));
        } catch (TimeoutException e) {
            assertEquals(expected, browser.findElement(By.cssSelector(css)).getText());
        }
    }

    /** The text of the first element matching {@code css}, read once the page has settled. */
    String text(String css) {
        return new WebDriverWait(browser, PATIENCE)
                .ignoring(WebDriverException.class)
                .until(b -> b.findElement(By.cssSelector(css)).getText());
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE)
                .withMessage("waiting for " + what)
                .ignoring(WebDriverException.class)
                .until(b -> condition.getAsBoolean());
    }

    @Override
    public void close() {
        browser.quit();
    }
}
